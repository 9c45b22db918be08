package io.gatehouse.sts;

import io.gatehouse.Decision;
import io.gatehouse.Principal;
import io.gatehouse.PrincipalType;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccessKeyGenerator;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.MfaCodeChecker;
import io.gatehouse.identity.OidcProviderConfig;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.SigningKey;
import io.gatehouse.identity.Tag;
import io.gatehouse.identity.TemporarySession;
import io.gatehouse.identity.User;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PolicyParser;
import io.gatehouse.store.AccountStore;
import io.gatehouse.sts.internal.SessionClaims;
import io.gatehouse.sts.internal.SessionTokenCodec;
import io.gatehouse.sts.internal.UnverifiedIssuer;
import io.gatehouse.sts.oidc.IdTokenVerifier;
import io.gatehouse.sts.oidc.InvalidIdentityTokenException;
import io.gatehouse.sts.oidc.JsonWebKeySet;
import io.gatehouse.sts.oidc.OidcProvider;
import io.gatehouse.sts.oidc.VerifiedIdToken;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * AWS STS inside the application: AssumeRole, GetSessionToken and AssumeRoleWithWebIdentity, issuing temporary credentials whose session
 * tokens any instance holding the account can verify ({@link #verify}).
 *
 * <p>Every refusal is an {@link StsException} with AWS STS's error code.
 */
public final class SecurityTokenService {
  static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
  private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}");
  private static final int MAX_PACKED_POLICY = 2048;
  private static final Duration CHAINED_MAX = Duration.ofHours(1);

  private final AccountStore store;
  private final AccountAuthorizer authorizer;
  private final MfaCodeChecker mfa;
  private final Clock clock;
  private final SecureRandom random;
  private final AccessKeyGenerator keys;
  private final SessionTokenCodec codec = new SessionTokenCodec();
  private final PolicyParser parser = new PolicyParser();
  private final IdTokenVerifier idTokens = new IdTokenVerifier();
  private final io.gatehouse.audit.ChangeEvents events;

  /** Creates the service over an account store, without auditing. */
  public SecurityTokenService(AccountStore store, AccountAuthorizer authorizer, Clock clock, SecureRandom random) {
    this(store, authorizer, clock, random, io.gatehouse.audit.ChangeEvents.none());
  }

  /**
   * Creates the service over an account store; every call (issued or refused) is recorded as a
   * {@code sts.amazonaws.com} event.
   */
  public SecurityTokenService(AccountStore store, AccountAuthorizer authorizer, Clock clock, SecureRandom random,
      io.gatehouse.audit.ChangeEvents events) {
    this.events = Objects.requireNonNull(events, "events");
    this.store = Objects.requireNonNull(store, "store");
    this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.keys = new AccessKeyGenerator(random);
    this.mfa = new MfaCodeChecker(store, clock);
  }

  /**
   * AssumeRole: the role's trust policy must allow the caller, and the caller's own policies must
   * allow {@code sts:AssumeRole} on the role, evaluated together as AWS does: within one account a
   * trust policy that names the caller (user or session) suffices, one that names the account
   * delegates to the caller's identity-based policies; across accounts both sides must allow.
   *
   * @throws StsException AccessDenied, ValidationError, MalformedPolicyDocument,
   *     PackedPolicyTooLarge
   */
  public AssumeRoleResult assumeRole(Caller caller, AssumeRoleRequest r) {
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("roleArn", r.roleArn());
    params.put("roleSessionName", r.roleSessionName());
    params.put("durationSeconds", r.durationSeconds() == null ? null : r.durationSeconds().toString());
    params.put("serialNumber", r.serialNumber());
    params.put("tokenCode", r.tokenCode());
    params.put("externalId", r.externalId());
    params.put("sourceIdentity", r.sourceIdentity());
    return audited(caller, "AssumeRole", params, List.of(r.roleArn()), () -> assumeRoleUnaudited(caller, r));
  }

  private <T> T audited(Caller caller, String operation, java.util.Map<String, String> params, List<String> resources,
      java.util.function.Supplier<T> call) {
    try {
      T result = call.get();
      events.record(caller, "sts.amazonaws.com", operation, params, resources, null, null,
          io.gatehouse.audit.RequestInfo.none());
      return result;
    } catch (StsException e) {
      events.record(caller, "sts.amazonaws.com", operation, params, resources, e.code(), e.getMessage(),
          io.gatehouse.audit.RequestInfo.none());
      throw e;
    }
  }

  private AssumeRoleResult assumeRoleUnaudited(Caller caller, AssumeRoleRequest r) {
    if (caller.principal().type() == PrincipalType.ANONYMOUS) {
      throw StsException.accessDenied("Anonymous callers cannot assume roles");
    }
    checkSessionName(r.roleSessionName());
    Instant now = clock.instant();
    boolean chained = caller.principal().type() == PrincipalType.ASSUMED_ROLE;
    RoleRef ref = RoleRef.parse(r.roleArn());
    Account account = ref == null ? null : store.snapshot().account(ref.accountId()).orElse(null);
    Role role = account == null ? null : account.role(ref.name()).orElse(null);
    String denied = "User: " + caller.principal().arn() + " is not authorized to perform: sts:AssumeRole on resource: "
        + r.roleArn();
    if (role == null) {
      throw StsException.accessDenied(denied);
    }
    Duration duration = duration(r.durationSeconds(), role, chained);
    Caller evaluated = caller;
    Instant mfaAt = null;
    if (r.serialNumber() != null || r.tokenCode() != null) {
      mfaAt = checkMfa(caller, r.serialNumber(), r.tokenCode());
      evaluated = caller.withMfaAt(mfaAt);
    }
    List<PolicyDocument> inline = sessionPolicy(r.policy());
    checkPolicyArns(r.policyArns(), account);
    checkTags(r.tags());
    RequestContext.Builder ctx = RequestContext.builder().put("sts:RoleSessionName", r.roleSessionName());
    if (r.externalId() != null) {
      ctx.put("sts:ExternalId", r.externalId());
    }
    if (r.sourceIdentity() != null) {
      ctx.put("sts:SourceIdentity", r.sourceIdentity());
    }
    List<String> tagKeys = new ArrayList<>();
    for (Tag t : r.tags()) {
      ctx.put("aws:RequestTag/" + t.key(), t.value());
      tagKeys.add(t.key());
    }
    if (!tagKeys.isEmpty()) {
      ctx.putAll("aws:TagKeys", tagKeys);
    }
    RequestContext context = ctx.build();
    io.gatehouse.CompiledPolicy trust = io.gatehouse.CompiledPolicy.compile(role.trustPolicy().withName(role.name() + " trust policy"));
    Decision d = authorizer.decide(evaluated, "sts:AssumeRole", role.arn(), null, context, trust);
    if (!allowedByTrust(d)) {
      throw StsException.accessDenied(denied);
    }
    if (!r.tags().isEmpty()) {
      Decision tag = authorizer.decide(evaluated, "sts:TagSession", role.arn(), null, context, trust);
      if (!allowedByTrust(tag)) {
        throw StsException.accessDenied("User: " + caller.principal().arn()
            + " is not authorized to perform: sts:TagSession on resource: " + role.arn());
      }
    }
    String sessionArn = "arn:aws:sts::" + account.accountId() + ":assumed-role/" + role.name() + "/" + r.roleSessionName();
    SigningKey key = signingKey(account.accountId());
    String akid = keys.newTemporaryAccessKeyId();
    Instant expires = now.plus(duration);
    SessionClaims claims = new SessionClaims(key.keyId(), akid, account.accountId(), sessionArn, role.arn(),
        role.roleId(), now.getEpochSecond(), expires.getEpochSecond(), mfaAt == null ? -1 : mfaAt.getEpochSecond(),
        r.policy() == null ? List.of() : List.of(r.policy()), r.policyArns(), r.tags(), r.sourceIdentity(), null,
        chained);
    Credentials credentials = issue(claims, key);
    int packed = r.policy() == null ? 0 : Math.max(1, packedSize(r.policy()) * 100 / MAX_PACKED_POLICY);
    return new AssumeRoleResult(credentials, role.roleId() + ":" + r.roleSessionName(), sessionArn, packed,
        r.sourceIdentity(), null, null, null);
  }

  /**
   * GetSessionToken: temporary credentials for an IAM user (or the root), optionally with MFA;
   * durations 900 s to 36 h (1 h for the root), 12 h by default. Cannot be called with temporary
   * credentials, as in AWS.
   */
  public Credentials getSessionToken(Caller caller, Integer durationSeconds, String serialNumber, String tokenCode) {
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("durationSeconds", durationSeconds == null ? null : durationSeconds.toString());
    params.put("serialNumber", serialNumber);
    params.put("tokenCode", tokenCode);
    return audited(caller, "GetSessionToken", params, List.of(),
        () -> getSessionTokenUnaudited(caller, durationSeconds, serialNumber, tokenCode));
  }

  private Credentials getSessionTokenUnaudited(Caller caller, Integer durationSeconds, String serialNumber,
      String tokenCode) {
    Principal p = caller.principal();
    if (caller.session().isPresent()) {
      throw StsException.accessDenied("Cannot call GetSessionToken with session credentials");
    }
    if (p.type() != PrincipalType.USER && p.type() != PrincipalType.ROOT) {
      throw StsException.accessDenied("Only IAM users and the account root can call GetSessionToken");
    }
    Duration max = p.type() == PrincipalType.ROOT ? Duration.ofHours(1) : Duration.ofHours(36);
    Duration duration = durationSeconds == null
        ? (p.type() == PrincipalType.ROOT ? max : Duration.ofHours(12)) : Duration.ofSeconds(durationSeconds);
    if (duration.compareTo(Duration.ofMinutes(15)) < 0 || duration.compareTo(max) > 0) {
      throw StsException.validation("The requested DurationSeconds must be between 900 and " + max.toSeconds()
          + " seconds");
    }
    Account account = store.snapshot().account(p.accountId())
        .orElseThrow(() -> StsException.accessDenied("Unknown account " + p.accountId()));
    String principalId = p.accountId();
    if (p.type() == PrincipalType.USER) {
      User user = account.user(p.name()).orElseThrow(() -> StsException.accessDenied("Unknown user " + p.arn()));
      principalId = user.userId();
    }
    Instant mfaAt = serialNumber != null || tokenCode != null ? checkMfa(caller, serialNumber, tokenCode) : null;
    Instant now = clock.instant();
    SigningKey key = signingKey(account.accountId());
    SessionClaims claims = new SessionClaims(key.keyId(), keys.newTemporaryAccessKeyId(), account.accountId(),
        p.arn(), null, principalId, now.getEpochSecond(), now.plus(duration).getEpochSecond(),
        mfaAt == null ? -1 : mfaAt.getEpochSecond(), List.of(), List.of(), List.of(), null, null, false);
    return issue(claims, key);
  }

  /**
   * Verifies temporary credentials presented with a request.
   *
   * @param accessKeyId the access key id the request was signed with
   * @param sessionToken the session token it carried
   * @throws StsException {@code ExpiredToken} after expiry; {@code InvalidClientTokenId} for a
   *     malformed or tampered token, an unknown key, a token of another access key id, or a role or
   *     user that no longer exists (or was re-created)
   */
  public VerifiedSession verify(String accessKeyId, String sessionToken) {
    SessionClaims claims;
    Account account;
    SigningKey key;
    try {
      SessionClaims unverified = codec.peek(sessionToken);
      account = store.snapshot().account(unverified.accountId()).orElseThrow(() -> invalidToken());
      key = account.signingKeys().stream().filter(k -> k.keyId().equals(unverified.keyId())).findFirst()
          .orElseThrow(() -> invalidToken());
      claims = codec.verify(sessionToken, key);
    } catch (SessionTokenCodec.BadTokenException e) {
      throw invalidToken();
    }
    if (!claims.accessKeyId().equals(accessKeyId)) {
      throw invalidToken();
    }
    if (clock.instant().getEpochSecond() >= claims.expiresAt()) {
      throw new StsException("ExpiredToken", 403, "The security token included in the request is expired");
    }
    Principal principal;
    try {
      principal = Principal.fromArn(claims.principalArn());
    } catch (IllegalArgumentException e) {
      throw invalidToken();
    }
    if (claims.roleArn() != null) {
      Role role = account.role(principal.name()).orElseThrow(() -> invalidToken());
      if (!role.roleId().equals(claims.principalId())) {
        throw invalidToken();
      }
      principal = principal.withRoleArn(role.arn());
    } else if (principal.type() == PrincipalType.USER) {
      User user = account.user(principal.name()).orElseThrow(() -> invalidToken());
      if (!user.userId().equals(claims.principalId())) {
        throw invalidToken();
      }
    }
    List<PolicyDocument> sessionPolicies = new ArrayList<>();
    for (String text : claims.sessionPolicies()) {
      try {
        sessionPolicies.add(parser.parse(text, "session-policy.json").withName("session policy"));
      } catch (InvalidPolicyException e) {
        throw invalidToken();
      }
    }
    TemporarySession session = new TemporarySession(principal, claims.accessKeyId(), claims.principalId(),
        Instant.ofEpochSecond(claims.issuedAt()), Instant.ofEpochSecond(claims.expiresAt()),
        claims.mfaAuthenticatedAt() < 0 ? null : Instant.ofEpochSecond(claims.mfaAuthenticatedAt()),
        sessionPolicies, claims.managedPolicyArns(), claims.tags(), claims.sourceIdentity(), claims.chained(),
        claims.webIdentityProvider());
    return new VerifiedSession(session, codec.secretAccessKey(claims, key));
  }

  /**
   * True if the decision allows and the role's trust policy took part in allowing: unlike other
   * resources, a role can never be assumed on the strength of identity-based policies alone.
   */
  static boolean allowedByTrust(Decision d) {
    return d.isAllowed() && d.determiningStatements().stream()
        .anyMatch(s -> s.policyType() == io.gatehouse.PolicyType.RESOURCE);
  }

  /**
   * AssumeRoleWithWebIdentity (federation): the caller presents an OpenID Connect ID token from a
   * provider configured in the role's account; the token's signature, issuer, audience, expiry and
   * not-before are verified, then the role's trust policy must allow the provider (under {@code
   * Federated}) for {@code sts:AssumeRoleWithWebIdentity}, with the token's {@code HOST:sub},
   * {@code HOST:aud} and {@code HOST:amr} keys available to its conditions. The call is unsigned,
   * as in AWS.
   *
   * @throws StsException InvalidIdentityToken, ExpiredTokenException, AccessDenied,
   *     ValidationError, MalformedPolicyDocument, PackedPolicyTooLarge
   */
  public AssumeRoleResult assumeRoleWithWebIdentity(String roleArn, String roleSessionName, String webIdentityToken,
      Integer durationSeconds, String policy, List<String> policyArns) {
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("roleArn", roleArn);
    params.put("roleSessionName", roleSessionName);
    params.put("durationSeconds", durationSeconds == null ? null : durationSeconds.toString());
    return audited(Caller.anonymous(), "AssumeRoleWithWebIdentity", params, List.of(roleArn),
        () -> assumeRoleWithWebIdentityUnaudited(roleArn, roleSessionName, webIdentityToken, durationSeconds, policy,
            policyArns));
  }

  private AssumeRoleResult assumeRoleWithWebIdentityUnaudited(String roleArn, String roleSessionName,
      String webIdentityToken, Integer durationSeconds, String policy, List<String> policyArns) {
    checkSessionName(roleSessionName);
    RoleRef ref = RoleRef.parse(roleArn);
    Account account = ref == null ? null : store.snapshot().account(ref.accountId()).orElse(null);
    Role role = account == null ? null : account.role(ref.name()).orElse(null);
    String denied = "Not authorized to perform sts:AssumeRoleWithWebIdentity";
    if (role == null) {
      throw StsException.accessDenied(denied);
    }
    Duration duration = duration(durationSeconds, role, false);
    sessionPolicy(policy);
    List<String> arns = policyArns == null ? List.of() : policyArns;
    checkPolicyArns(arns, account);
    OidcProviderConfig config = providerFor(account, webIdentityToken);
    VerifiedIdToken token;
    try {
      OidcProvider provider = new OidcProvider(config.issuer(), config.clientIds(), JsonWebKeySet.parse(config.jwks()));
      token = idTokens.verify(webIdentityToken, provider, clock.instant());
    } catch (InvalidIdentityTokenException e) {
      throw new StsException(e.errorCode(), 400, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new StsException("InvalidIdentityToken", 400, "The identity provider's configuration is invalid: "
          + e.getMessage());
    }
    RequestContext.Builder ctx = RequestContext.builder().put("sts:RoleSessionName", roleSessionName);
    token.conditionKeys().forEach(ctx::putAll);
    Principal web = Principal.webIdentity(config.arn(), token.subject());
    io.gatehouse.CompiledPolicy trust = io.gatehouse.CompiledPolicy.compile(role.trustPolicy().withName(role.name() + " trust policy"));
    Decision d = authorizer.decide(Caller.asserted(web), "sts:AssumeRoleWithWebIdentity", role.arn(), null,
        ctx.build(), trust);
    if (!allowedByTrust(d)) {
      throw StsException.accessDenied(denied);
    }
    String audience = token.audiences().stream().filter(config.clientIds()::contains).findFirst().orElse("");
    return issueWebIdentitySession(account, role, roleSessionName, duration, policy, arns, config.arn(),
        token.subject(), config.issuer().replaceFirst("^https://", ""), audience);
  }

  private static OidcProviderConfig providerFor(Account account, String jwt) {
    String issuer = UnverifiedIssuer.of(jwt);
    for (OidcProviderConfig p : account.oidcProviders()) {
      if (p.issuer().equals(issuer)) {
        return p;
      }
    }
    throw new StsException("InvalidIdentityToken", 400,
        "No OpenIDConnect provider found in your account for the token's issuer");
  }

  /** Issues web identity sessions; used by {@link WebIdentityFederation}. */
  private AssumeRoleResult issueWebIdentitySession(Account account, Role role, String sessionName, Duration duration,
      String policy, List<String> policyArns, String providerArn, String subject, String issuer, String audience) {
    Instant now = clock.instant();
    SigningKey key = signingKey(account.accountId());
    String sessionArn = "arn:aws:sts::" + account.accountId() + ":assumed-role/" + role.name() + "/" + sessionName;
    SessionClaims claims = new SessionClaims(key.keyId(), keys.newTemporaryAccessKeyId(), account.accountId(),
        sessionArn, role.arn(), role.roleId(), now.getEpochSecond(), now.plus(duration).getEpochSecond(), -1,
        policy == null ? List.of() : List.of(policy), policyArns, List.of(), null, providerArn, false);
    int packed = policy == null ? 0 : Math.max(1, packedSize(policy) * 100 / MAX_PACKED_POLICY);
    return new AssumeRoleResult(issue(claims, key), role.roleId() + ":" + sessionName, sessionArn, packed, null,
        subject, issuer, audience);
  }

  private Credentials issue(SessionClaims claims, SigningKey key) {
    return new Credentials(claims.accessKeyId(), codec.secretAccessKey(claims, key), codec.encode(claims, key),
        Instant.ofEpochSecond(claims.expiresAt()));
  }

  /** The account's current signing key; an account without one gets one, saved in the store. */
  private SigningKey signingKey(String accountId) {
    Account account = store.snapshot().account(accountId).orElseThrow();
    if (!account.signingKeys().isEmpty()) {
      return account.signingKeys().get(0);
    }
    Account updated = store.update(accountId, a -> {
      if (!a.signingKeys().isEmpty()) {
        return a;
      }
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      return a.toBuilder().addSigningKey(new SigningKey("k" + clock.instant().getEpochSecond(),
          Base64.getEncoder().encodeToString(secret), clock.instant())).build();
    });
    return updated.signingKeys().get(0);
  }

  private Instant checkMfa(Caller caller, String serialNumber, String tokenCode) {
    Principal p = caller.principal();
    if (serialNumber == null || tokenCode == null) {
      throw StsException.validation("SerialNumber and TokenCode must be given together");
    }
    String userName = p.type() == PrincipalType.USER ? p.name() : null;
    if (userName == null) {
      // The MFA device belongs to an IAM user; a role session presents the device of no one.
      throw StsException.accessDenied("MultiFactorAuthentication failed: only IAM users have MFA devices");
    }
    try {
      return mfa.check(p.accountId(), userName, serialNumber, tokenCode);
    } catch (MfaCodeChecker.MfaRefusedException e) {
      throw StsException.accessDenied(e.getMessage());
    }
  }

  static void checkSessionName(String name) {
    if (name == null || !SESSION_NAME.matcher(name).matches()) {
      throw StsException.validation("1 validation error detected: Value '" + name
          + "' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern:"
          + " [\\w+=,.@-]* and have length between 2 and 64");
    }
  }

  static Duration duration(Integer seconds, Role role, boolean chained) {
    Duration d = seconds == null ? Duration.ofHours(1) : Duration.ofSeconds(seconds);
    if (d.compareTo(Duration.ofMinutes(15)) < 0) {
      throw StsException.validation("1 validation error detected: Value '" + seconds
          + "' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900");
    }
    if (chained && d.compareTo(CHAINED_MAX) > 0) {
      throw StsException.validation(
          "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
    }
    if (d.compareTo(role.maxSessionDuration()) > 0) {
      throw StsException.validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
    }
    return d;
  }

  List<PolicyDocument> sessionPolicy(String policy) {
    if (policy == null) {
      return List.of();
    }
    if (packedSize(policy) > MAX_PACKED_POLICY) {
      throw new StsException("PackedPolicyTooLarge", 400,
          "Packed policy consumes more than 100% of the allotted space (inline session policies are limited to "
              + MAX_PACKED_POLICY + " characters)");
    }
    try {
      return List.of(parser.parse(policy, "session-policy.json"));
    } catch (InvalidPolicyException e) {
      throw new StsException("MalformedPolicyDocument", 400, e.getMessage());
    }
  }

  static void checkPolicyArns(List<String> arns, Account account) {
    if (arns.size() > 10) {
      throw StsException.validation("At most 10 managed session policies can be passed");
    }
    for (String arn : arns) {
      if (account.policy(arn).isEmpty()) {
        throw StsException.validation("Policy " + arn + " does not exist or is not attachable.");
      }
    }
  }

  static void checkTags(List<Tag> tags) {
    if (tags.size() > 50) {
      throw StsException.validation("At most 50 session tags can be passed");
    }
    for (Tag t : tags) {
      if (!TAG_KEY.matcher(t.key()).matches() || t.value().length() > 256) {
        throw StsException.validation("Invalid session tag " + t.key());
      }
    }
  }

  static int packedSize(String policy) {
    int n = 0;
    for (int i = 0; i < policy.length(); i++) {
      if (!Character.isWhitespace(policy.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static StsException invalidToken() {
    return new StsException("InvalidClientTokenId", 403, "The security token included in the request is invalid");
  }

  /** A role ARN's account and name. */
  record RoleRef(String accountId, String name) {
    static RoleRef parse(String arn) {
      try {
        Principal p = Principal.fromArn(arn);
        return p.type() == PrincipalType.ROLE ? new RoleRef(p.accountId(), p.name()) : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
