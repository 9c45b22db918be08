package io.gatehouse;

import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a request: an account root, an IAM user, a role session, a federated user, or an
 * anonymous caller. Immutable; identified by its ARN.
 *
 * <p>For a role session the principal also knows the ARN of its role, so that a resource-based
 * policy naming the role applies to the role's sessions. When the session is made from its ARN
 * alone the role's path is unknown and the role ARN is built without one; {@link
 * #withRoleArn(String)} sets the exact one.
 */
public final class Principal {
  private static final String ARN_PREFIX = "arn:";
  private static final String ASSUMED_ROLE = "assumed-role/";
  private static final String FEDERATED_USER = "federated-user/";
  private static final Principal ANONYMOUS =
      new Principal(PrincipalType.ANONYMOUS, "*", "aws", "", "", null, null);

  private final PrincipalType type;
  private final String arn;
  private final String partition;
  private final String accountId;
  private final String name;
  private final String roleArn;
  private final String sessionName;

  private Principal(
      PrincipalType type,
      String arn,
      String partition,
      String accountId,
      String name,
      String roleArn,
      String sessionName) {
    this.type = type;
    this.arn = arn;
    this.partition = partition;
    this.accountId = accountId;
    this.name = name;
    this.roleArn = roleArn;
    this.sessionName = sessionName;
  }

  /** The caller with no credentials. */
  public static Principal anonymous() {
    return ANONYMOUS;
  }

  /**
   * A caller known through an OpenID Connect provider's ID token: its ARN is the provider's ARN
   * and its name the token's subject. It belongs to no account.
   *
   * @param providerArn {@code arn:aws:iam::ACCOUNT:oidc-provider/HOST}
   * @param subject the token's {@code sub}
   */
  public static Principal webIdentity(String providerArn, String subject) {
    return new Principal(PrincipalType.WEB_IDENTITY, Objects.requireNonNull(providerArn), "aws", "",
        Objects.requireNonNull(subject), null, null);
  }

  /**
   * Reads a principal from its ARN.
   *
   * @throws IllegalArgumentException if the ARN is not that of an account root, IAM user, IAM
   *     role, role session or federated user
   */
  public static Principal fromArn(String arn) {
    Objects.requireNonNull(arn, "arn");
    // Split at the first five colons in place: callers build a principal for every request.
    int partitionStart = ARN_PREFIX.length();
    int serviceStart = arn.indexOf(':', partitionStart) + 1;
    int regionStart = serviceStart == 0 ? 0 : arn.indexOf(':', serviceStart) + 1;
    int accountStart = regionStart == 0 ? 0 : arn.indexOf(':', regionStart) + 1;
    int resourceStart = accountStart == 0 ? 0 : arn.indexOf(':', accountStart) + 1;
    if (resourceStart == 0 || !arn.startsWith(ARN_PREFIX) || serviceStart == partitionStart + 1) {
      throw invalid(arn, "not an ARN");
    }
    if (accountStart != regionStart + 1) {
      throw invalid(arn, "IAM and STS ARNs have no region");
    }
    String account = arn.substring(accountStart, resourceStart - 1);
    if (!isAccountId(account)) {
      throw invalid(arn, "the account must be 12 digits");
    }
    String partition = arn.startsWith("aws:", partitionStart)
        ? "aws" : arn.substring(partitionStart, serviceStart - 1);
    int serviceLength = regionStart - 1 - serviceStart;
    if (serviceLength == 3 && arn.startsWith("iam", serviceStart)) {
      if (arn.length() == resourceStart + 4 && arn.startsWith("root", resourceStart)) {
        return new Principal(PrincipalType.ROOT, arn, partition, account, account, null, null);
      }
      if (arn.startsWith("user/", resourceStart)) {
        return new Principal(PrincipalType.USER, arn, partition, account, lastSegment(arn), null,
            null);
      }
      if (arn.startsWith("role/", resourceStart)) {
        return new Principal(PrincipalType.ROLE, arn, partition, account, lastSegment(arn), arn,
            null);
      }
    } else if (serviceLength == 3 && arn.startsWith("sts", serviceStart)) {
      if (arn.startsWith(ASSUMED_ROLE, resourceStart)) {
        int roleStart = resourceStart + ASSUMED_ROLE.length();
        int slash = arn.indexOf('/', roleStart);
        if (slash <= roleStart || slash == arn.length() - 1 || arn.indexOf('/', slash + 1) >= 0) {
          throw invalid(arn, "expected assumed-role/ROLE/SESSION");
        }
        String roleName = arn.substring(roleStart, slash);
        String role = "arn:" + partition + ":iam::" + account + ":role/" + roleName;
        return new Principal(PrincipalType.ASSUMED_ROLE, arn, partition, account, roleName, role,
            arn.substring(slash + 1));
      }
      if (arn.startsWith(FEDERATED_USER, resourceStart)) {
        String n = arn.substring(resourceStart + FEDERATED_USER.length());
        if (n.isEmpty() || n.contains("/")) {
          throw invalid(arn, "expected federated-user/NAME");
        }
        return new Principal(PrincipalType.FEDERATED_USER, arn, partition, account, n, null, null);
      }
    }
    throw invalid(arn, "not a root, user, role, assumed-role or federated-user ARN");
  }

  /** The root user of an account. */
  public static Principal root(String accountId) {
    if (!isAccountId(accountId)) {
      throw new IllegalArgumentException("account id must be 12 digits: " + accountId);
    }
    return fromArn("arn:aws:iam::" + accountId + ":root");
  }

  /**
   * This role session with the exact ARN of its role (which, unlike the session ARN, has the role's
   * path).
   *
   * @throws IllegalStateException if this is not a role session
   */
  public Principal withRoleArn(String exactRoleArn) {
    if (type != PrincipalType.ASSUMED_ROLE) {
      throw new IllegalStateException("only a role session has a role ARN: " + arn);
    }
    return new Principal(type, arn, partition, accountId, name, exactRoleArn, sessionName);
  }

  /** The kind of principal. */
  public PrincipalType type() {
    return type;
  }

  /** The principal's ARN; {@code *} for the anonymous caller. */
  public String arn() {
    return arn;
  }

  /** The ARN partition, usually {@code aws}. */
  public String partition() {
    return partition;
  }

  /** The 12-digit account the principal belongs to; empty for the anonymous caller. */
  public String accountId() {
    return accountId;
  }

  /**
   * The short name: the user name, the role name of a role or role session, the federated user's
   * name, or the account id for the root.
   */
  public String name() {
    return name;
  }

  /** For a role or role session, the role's ARN. */
  public Optional<String> roleArn() {
    return Optional.ofNullable(roleArn);
  }

  /** For a role session, the session name. */
  public Optional<String> sessionName() {
    return Optional.ofNullable(sessionName);
  }

  /** The ARN of the principal's account root, {@code arn:PARTITION:iam::ACCOUNT:root}. */
  public String accountRootArn() {
    return "arn:" + partition + ":iam::" + accountId + ":root";
  }

  /** True for a role session or federated user session (principals that carry session policies). */
  public boolean isSession() {
    return type == PrincipalType.ASSUMED_ROLE || type == PrincipalType.FEDERATED_USER;
  }

  static boolean isAccountId(String s) {
    if (s.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The text after the ARN's last slash; the ARN's resource part has one. */
  private static String lastSegment(String arn) {
    String n = arn.substring(arn.lastIndexOf('/') + 1);
    if (n.isEmpty()) {
      throw invalid(arn, "the name is empty");
    }
    return n;
  }

  private static IllegalArgumentException invalid(String arn, String why) {
    return new IllegalArgumentException("invalid principal ARN \"" + arn + "\": " + why);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Principal p
        && p.type == type
        && p.arn.equals(arn)
        && Objects.equals(p.roleArn, roleArn);
  }

  @Override
  public int hashCode() {
    return arn.hashCode();
  }

  @Override
  public String toString() {
    return arn;
  }
}
