package io.gatehouse.identity.internal;

import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.Tag;
import io.gatehouse.identity.TemporarySession;
import io.gatehouse.identity.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fills the global condition keys that describe the principal, as AWS fills them, and removes any
 * value a caller tried to supply for them: they come only from authenticated identity.
 */
public final class PrincipalContextKeys {
  private static final Set<String> RESERVED = Set.of(
      "aws:username", "aws:userid", "aws:principalarn", "aws:principalaccount", "aws:principaltype",
      "aws:multifactorauthpresent", "aws:multifactorauthage", "aws:tokenissuetime",
      "aws:sourceidentity", "aws:federatedprovider", "aws:principalisawsservice",
      "aws:viaawsservice", "aws:principalorgid", "aws:principalorgpaths", "aws:resourceaccount");
  private static final String TAG_PREFIX = "aws:principaltag/";
  private static final String CURRENT_TIME = "aws:currenttime";
  private static final String EPOCH_TIME = "aws:epochtime";
  /** About how many keys are added to the supplied ones: room for them from the start. */
  private static final int PRINCIPAL_KEYS = 10;

  private PrincipalContextKeys() {}

  /** True for a key (lower-cased) only authenticated identity may give a value. */
  private static boolean isReserved(String lowerCaseKey) {
    return RESERVED.contains(lowerCaseKey) || lowerCaseKey.startsWith(TAG_PREFIX);
  }

  /**
   * The request context: what the caller supplied, less the reserved principal keys, plus the
   * principal's keys, {@code aws:ResourceAccount}, and {@code aws:CurrentTime} / {@code
   * aws:EpochTime} when the caller did not give them.
   *
   * @param account the principal's account, or null if unknown
   */
  public static RequestContext build(Caller caller, Account account, String resourceAccount,
      RequestContext supplied, Clock clock) {
    // The supplied keys are carried over as they are (the builder shares their immutable values).
    RequestContext.Builder b = supplied.toBuilderWithout(PrincipalContextKeys::isReserved, PRINCIPAL_KEYS);
    Instant now = clock.instant();
    // Formatted only when the enforcement point did not give them (the filter does).
    if (supplied.valuesOfLowerCaseKey(CURRENT_TIME) == null) {
      b.put("aws:CurrentTime", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)));
    }
    if (supplied.valuesOfLowerCaseKey(EPOCH_TIME) == null) {
      b.put("aws:EpochTime", Long.toString(now.getEpochSecond()));
    }
    if (!resourceAccount.isEmpty()) {
      b.put("aws:ResourceAccount", resourceAccount);
    }
    Principal p = caller.principal();
    switch (p.type()) {
      case ANONYMOUS:
        return b.build();
      case WEB_IDENTITY:
        b.put("aws:FederatedProvider", p.arn());
        return b.build();
      case ROOT:
        b.put("aws:PrincipalType", "Account");
        b.put("aws:userid", p.accountId());
        break;
      case USER:
        b.put("aws:PrincipalType", "User");
        b.put("aws:username", p.name());
        User user = account == null ? null : account.user(p.name()).orElse(null);
        if (user != null) {
          b.put("aws:userid", user.userId());
          putTags(b, user.tags(), List.of());
        }
        break;
      case ASSUMED_ROLE:
        b.put("aws:PrincipalType", "AssumedRole");
        Role role = account == null ? null : account.role(p.name()).orElse(null);
        String roleId = caller.session().map(TemporarySession::roleId)
            .orElse(role == null ? p.name() : role.roleId());
        b.put("aws:userid", roleId + ":" + p.sessionName().orElse(""));
        putTags(b, role == null ? List.of() : role.tags(),
            caller.session().map(TemporarySession::sessionTags).orElse(List.of()));
        break;
      case FEDERATED_USER:
        b.put("aws:PrincipalType", "FederatedUser");
        b.put("aws:userid", p.accountId() + ":" + p.name());
        break;
      default:
        b.put("aws:PrincipalType", p.type().awsName());
    }
    b.put("aws:PrincipalAccount", p.accountId());
    b.put("aws:PrincipalArn", p.type() == io.gatehouse.PrincipalType.ASSUMED_ROLE
        ? p.roleArn().orElse(p.arn()) : p.arn());
    caller.session().ifPresent(s -> {
      b.put("aws:TokenIssueTime", DateTimeFormatter.ISO_INSTANT.format(s.issuedAt()));
      if (s.sourceIdentity() != null) {
        b.put("aws:SourceIdentity", s.sourceIdentity());
      }
      if (s.webIdentityProvider() != null) {
        b.put("aws:FederatedProvider", s.webIdentityProvider());
      }
    });
    // AWS sets the MFA keys for temporary credentials, console sign-ins and calls that pass an MFA
    // code (AssumeRole with SerialNumber and TokenCode); a request signed with a long-term access
    // key alone has neither.
    boolean mfaKeysApply = caller.credential() == Caller.Credential.SESSION
        || caller.credential() == Caller.Credential.PASSWORD
        || caller.mfaAuthenticatedAt().isPresent();
    if (mfaKeysApply) {
      Instant mfa = caller.mfaAuthenticatedAt().orElse(null);
      b.put("aws:MultiFactorAuthPresent", Boolean.toString(mfa != null));
      if (mfa != null) {
        b.put("aws:MultiFactorAuthAge", Long.toString(Math.max(0, Duration.between(mfa, now).getSeconds())));
      }
    }
    return b.build();
  }

  private static void putTags(RequestContext.Builder b, List<Tag> principalTags, List<Tag> sessionTags) {
    Map<String, Tag> merged = new LinkedHashMap<>();
    principalTags.forEach(t -> merged.put(t.key().toLowerCase(Locale.ROOT), t));
    sessionTags.forEach(t -> merged.put(t.key().toLowerCase(Locale.ROOT), t));
    merged.values().forEach(t -> b.put("aws:PrincipalTag/" + t.key(), t.value()));
  }
}
