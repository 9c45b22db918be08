package io.gatehouse.identity.internal;

import io.gatehouse.Principal;
import io.gatehouse.PrincipalType;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fills the global condition keys that describe the principal, as AWS fills them, and removes any
 * value a caller tried to supply for them: they come only from authenticated identity.
 *
 * <p>An instance serves one authorizer: it formats the time keys once a second, and keeps the
 * identity keys of a principal that signs with a long-term credential (a user's or the root's
 * access key, no session, no MFA) in the {@link CompiledAccount} of the snapshot they were read
 * from, so that they are worked out again only when the account changes. Thread-safe.
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

  private final Clock clock;
  private volatile TimeKeys lastSecond;

  /** The time keys of one second. */
  private record TimeKeys(long epochSecond, RequestContext keys) {
    static TimeKeys of(Instant now) {
      long second = now.getEpochSecond();
      return new TimeKeys(second, RequestContext.builder()
          .put("aws:CurrentTime", DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(second)))
          .put("aws:EpochTime", Long.toString(second))
          .build());
    }
  }

  /**
   * Creates the key filler of one authorizer.
   *
   * @param clock the time of {@code aws:CurrentTime}, {@code aws:EpochTime} and MFA ages
   */
  public PrincipalContextKeys(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

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
    Instant now = clock.instant();
    return assemble(supplied, TimeKeys.of(now).keys(), resourceAccount, identityKeys(caller, account, now));
  }

  /**
   * As {@link #build(Caller, Account, String, RequestContext, Clock)}, with this filler's clock, for
   * a principal of the compiled account {@code own} (null if unknown).
   */
  public RequestContext build(Caller caller, CompiledAccount own, String resourceAccount, RequestContext supplied) {
    Instant now = clock.instant();
    TimeKeys time = lastSecond;
    if (time == null || time.epochSecond() != now.getEpochSecond()) {
      time = TimeKeys.of(now);
      lastSecond = time;
    }
    RequestContext identity = null;
    boolean keepable = own != null && caller.session().isEmpty() && !mfaKeysApply(caller);
    if (keepable) {
      identity = own.identityKeys(caller.principal().arn());
    }
    if (identity == null) {
      identity = identityKeys(caller, own == null ? null : own.account(), now);
      if (keepable && isUserOrRootOf(caller.principal(), own)) {
        own.keepIdentityKeys(caller.principal().arn(), identity);
      }
    }
    return assemble(supplied, time.keys(), resourceAccount, identity);
  }

  /**
   * True for the root or a user of the account: with neither a session nor MFA keys, such a
   * caller's identity keys depend on nothing but its principal and the account snapshot.
   */
  private static boolean isUserOrRootOf(Principal p, CompiledAccount own) {
    return p.type() == PrincipalType.ROOT
        || (p.type() == PrincipalType.USER && own.account().user(p.name()).isPresent());
  }

  private static RequestContext assemble(RequestContext supplied, RequestContext time, String resourceAccount,
      RequestContext identity) {
    // The supplied keys are carried over as they are (the builder shares their immutable values).
    RequestContext.Builder b = supplied.toBuilderWithout(PrincipalContextKeys::isReserved, PRINCIPAL_KEYS);
    // Only when the enforcement point did not give them (the filter does).
    boolean currentTime = supplied.valuesOfLowerCaseKey(CURRENT_TIME) == null;
    boolean epochTime = supplied.valuesOfLowerCaseKey(EPOCH_TIME) == null;
    if (currentTime && epochTime) {
      b.putAll(time);
    } else if (currentTime) {
      b.putAll("aws:CurrentTime", time.valuesOfLowerCaseKey(CURRENT_TIME));
    } else if (epochTime) {
      b.putAll("aws:EpochTime", time.valuesOfLowerCaseKey(EPOCH_TIME));
    }
    if (!resourceAccount.isEmpty()) {
      b.put("aws:ResourceAccount", resourceAccount);
    }
    return b.putAll(identity).build();
  }

  // AWS sets the MFA keys for temporary credentials, console sign-ins and calls that pass an MFA
  // code (AssumeRole with SerialNumber and TokenCode); a request signed with a long-term access
  // key alone has neither.
  private static boolean mfaKeysApply(Caller caller) {
    return caller.credential() == Caller.Credential.SESSION
        || caller.credential() == Caller.Credential.PASSWORD
        || caller.mfaAuthenticatedAt().isPresent();
  }

  /** The keys that describe the caller, in the order AWS's documentation lists them. */
  private static RequestContext identityKeys(Caller caller, Account account, Instant now) {
    RequestContext.Builder b = RequestContext.builder();
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
    b.put("aws:PrincipalArn", p.type() == PrincipalType.ASSUMED_ROLE ? p.roleArn().orElse(p.arn()) : p.arn());
    caller.session().ifPresent(s -> {
      b.put("aws:TokenIssueTime", DateTimeFormatter.ISO_INSTANT.format(s.issuedAt()));
      if (s.sourceIdentity() != null) {
        b.put("aws:SourceIdentity", s.sourceIdentity());
      }
      if (s.webIdentityProvider() != null) {
        b.put("aws:FederatedProvider", s.webIdentityProvider());
      }
    });
    if (mfaKeysApply(caller)) {
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
