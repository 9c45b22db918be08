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
    String[] parts = arn.split(":", 6);
    if (parts.length != 6 || !parts[0].equals("arn") || parts[1].isEmpty()) {
      throw invalid(arn, "not an ARN");
    }
    String partition = parts[1];
    String service = parts[2];
    String account = parts[4];
    String resource = parts[5];
    if (!parts[3].isEmpty()) {
      throw invalid(arn, "IAM and STS ARNs have no region");
    }
    if (!isAccountId(account)) {
      throw invalid(arn, "the account must be 12 digits");
    }
    if (service.equals("iam")) {
      if (resource.equals("root")) {
        return new Principal(PrincipalType.ROOT, arn, partition, account, account, null, null);
      }
      if (resource.startsWith("user/")) {
        return new Principal(
            PrincipalType.USER, arn, partition, account, lastSegment(arn, resource), null, null);
      }
      if (resource.startsWith("role/")) {
        return new Principal(
            PrincipalType.ROLE, arn, partition, account, lastSegment(arn, resource), arn, null);
      }
    } else if (service.equals("sts")) {
      if (resource.startsWith("assumed-role/")) {
        String[] p = resource.split("/", -1);
        if (p.length != 3 || p[1].isEmpty() || p[2].isEmpty()) {
          throw invalid(arn, "expected assumed-role/ROLE/SESSION");
        }
        String role = "arn:" + partition + ":iam::" + account + ":role/" + p[1];
        return new Principal(PrincipalType.ASSUMED_ROLE, arn, partition, account, p[1], role, p[2]);
      }
      if (resource.startsWith("federated-user/")) {
        String n = resource.substring("federated-user/".length());
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

  private static String lastSegment(String arn, String resource) {
    String n = resource.substring(resource.lastIndexOf('/') + 1);
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
