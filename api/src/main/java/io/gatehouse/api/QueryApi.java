package io.gatehouse.api;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Authorizer;
import io.gatehouse.Decision;
import io.gatehouse.Enforcer;
import io.gatehouse.PrincipalType;
import io.gatehouse.RequestContext;
import io.gatehouse.api.internal.IamRequestTarget;
import io.gatehouse.api.internal.QueryXml;
import io.gatehouse.api.internal.SignatureAuthenticator;
import io.gatehouse.api.internal.StsQueryActions;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.iam.AuditedIamActions;
import io.gatehouse.iam.IamActions;
import io.gatehouse.iam.IamException;
import io.gatehouse.iam.IamService;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.PasswordPolicy;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.sigv4.SignatureException;
import io.gatehouse.sigv4.SignedRequest;
import io.gatehouse.store.AccessKeyUsageRecorder;
import io.gatehouse.store.AccountStore;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.sts.StsException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWS IAM's and STS's Query APIs over the accounts of an {@link AccountStore}, independent of HTTP:
 * {@link QueryApiServlet} is its HTTP adapter, and an application (a web console) can call it
 * in-process with a caller it authenticated itself.
 *
 * <p>A call names its {@code Action} and {@code Version} ({@value #IAM_VERSION} for IAM, {@value
 * #STS_VERSION} for STS). IAM calls administer the caller's own account: each is authorized by the
 * {@link Enforcer} as the IAM action it is ({@code iam:CreateUser} on the user's ARN, ...) and
 * audited; a deny is answered {@code AccessDenied} (403) and changes nothing. Writes are saved by
 * the store before the answer. STS calls follow STS's own rules ({@code sts:AssumeRole} by the
 * role's trust policy and the caller's policies; {@code GetCallerIdentity} always allowed).
 *
 * <p>Each long-term access key that signs a call has its last use ({@code GetAccessKeyLastUsed})
 * recorded by an {@link AccessKeyUsageRecorder}, every 15 minutes at most per key unless {@link
 * Builder#accessKeyLastUsedInterval} says otherwise; {@link #close()} saves the uses noted so far.
 *
 * <p>Every answer is a {@link QueryResponse} carrying the XML AWS would send, with AWS's error codes
 * and HTTP statuses. Thread-safe.
 */
public final class QueryApi implements AutoCloseable {
  /** The IAM API version. */
  public static final String IAM_VERSION = "2010-05-08";
  /** The STS API version. */
  public static final String STS_VERSION = "2011-06-15";
  /** IAM's XML namespace. */
  public static final String IAM_NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
  /** STS's XML namespace. */
  public static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

  /** IAM actions whose {@code UserName} defaults to the calling user, as in AWS. */
  private static final Set<String> OWN_USER_ACTIONS = Set.of("GetUser", "CreateAccessKey", "ListAccessKeys",
      "UpdateAccessKey", "DeleteAccessKey", "ListMFADevices", "GetLoginProfile", "DeactivateMFADevice");

  private final AccountStore store;
  private final Clock clock;
  private final Enforcer enforcer;
  private final ChangeEvents changes;
  private final SecurityTokenService sts;
  private final StsQueryActions stsActions;
  private final SignatureAuthenticator authenticator;
  private final Map<String, AuditedIamActions> iamByAccount = new ConcurrentHashMap<>();
  private final SecureRandom random;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final AccessKeyUsageRecorder usage;

  private QueryApi(Builder b) {
    this.random = b.random;
    this.hasher = b.hasher;
    this.passwordPolicy = b.passwordPolicy;
    this.store = b.store;
    this.clock = b.clock;
    AccountAuthorizer authorizer =
        new AccountAuthorizer(store::snapshot, Authorizer.standard(), ResourcePolicyProvider.NONE, clock);
    this.enforcer = new Enforcer(authorizer, b.audit, b.mode, clock);
    this.changes = new ChangeEvents(b.audit, clock);
    this.sts = new SecurityTokenService(store, authorizer, clock, b.random, changes);
    this.stsActions = new StsQueryActions(sts, store::snapshot);
    this.usage = b.lastUsedInterval.isZero() ? AccessKeyUsageRecorder.off()
        : AccessKeyUsageRecorder.start(store, b.lastUsedInterval, clock);
    this.authenticator = new SignatureAuthenticator(store::snapshot, sts, usage);
  }

  /** A builder over the store; the audit trail defaults to none, the mode to enforce. */
  public static Builder builder(AccountStore store) {
    return new Builder(store);
  }

  /** The STS service behind the API, e.g. to verify the session tokens it issues elsewhere. */
  public SecurityTokenService securityTokenService() {
    return sts;
  }

  /**
   * Authenticates a signed request (SigV4, long-term keys and session tokens) and runs it; {@code
   * AssumeRoleWithWebIdentity} may come unsigned, as in AWS.
   *
   * @param request the request as received, for the signature
   * @param parameters the Query parameters (query string and form body, decoded)
   * @param info request id, source address and user agent for the audit trail
   * @param context request condition keys ({@code aws:SourceIp}, {@code aws:SecureTransport}, ...)
   */
  public QueryResponse handle(SignedRequest request, Map<String, String> parameters, RequestInfo info,
      RequestContext context) {
    RequestInfo withId = withRequestId(info);
    String action = parameters.get("Action");
    boolean sts = isSts(parameters);
    boolean signed = request.header("Authorization").isPresent() || request.rawQuery().contains("X-Amz-Signature");
    Caller caller;
    if (sts && StsQueryActions.UNSIGNED_ACTION.equals(action) && !signed) {
      caller = Caller.anonymous();
    } else {
      try {
        caller = authenticator.authenticate(request, sts ? "sts" : "iam", clock.instant());
      } catch (SignatureException e) {
        return error(sts, action, e.httpStatus(), e.code(), e.getMessage(), withId.requestId());
      } catch (RuntimeException e) {
        // Fail closed: an authentication that could not be completed is a refusal.
        return error(sts, action, 403, "InvalidClientTokenId", "The security token included in the request is "
            + "invalid.", withId.requestId());
      }
    }
    return call(caller, parameters, withId, context);
  }

  /**
   * Runs a call for a caller the application has authenticated (e.g. a console sign-in), with the
   * same authorization, audit and answers as over HTTP.
   */
  public QueryResponse call(Caller caller, Map<String, String> parameters, RequestInfo info, RequestContext context) {
    Objects.requireNonNull(caller, "caller");
    RequestInfo withId = withRequestId(info);
    String requestId = withId.requestId();
    String action = parameters.get("Action");
    boolean sts = isSts(parameters);
    if (action == null || action.isEmpty()) {
      return error(sts, null, 400, "MissingAction", "Missing Action", requestId);
    }
    String version = parameters.get("Version");
    if (version != null && !version.equals(IAM_VERSION) && !version.equals(STS_VERSION)) {
      return error(sts, action, 400, "InvalidAction",
          "Could not find operation " + action + " for version " + version, requestId);
    }
    try {
      Map<String, Object> result = sts
          ? stsActions.invoke(action, caller, parameters)
          : iam(caller, action, parameters, withId, context == null ? RequestContext.empty() : context);
      String xml = QueryXml.response(action, namespace(sts), result, requestId);
      return new QueryResponse(200, requestId, action, result, null, null, xml);
    } catch (IamException e) {
      return error(false, action, e.httpStatus(), e.code(), e.getMessage(), requestId);
    } catch (StsException e) {
      return error(true, action, e.httpStatus(), e.code(), e.getMessage(), requestId);
    } catch (RuntimeException e) {
      return error(sts, action, 500, sts ? "InternalFailure" : "ServiceFailure",
          "The request processing has failed because of an unknown error, exception or failure.", requestId);
    }
  }

  private Map<String, Object> iam(Caller caller, String action, Map<String, String> parameters, RequestInfo info,
      RequestContext context) {
    if (caller.principal().type() == PrincipalType.ANONYMOUS) {
      throw new IamException("AccessDenied", 403, "Anonymous callers cannot call IAM actions");
    }
    String accountId = caller.principal().accountId();
    Optional<Account> account = store.snapshot().account(accountId);
    if (account.isEmpty()) {
      throw new IamException("AccessDenied", 403, "No account " + accountId + " is administered here");
    }
    AuditedIamActions actions = actionsOf(accountId);
    if (!actions.actions().actionNames().contains(action)) {
      throw new IamException("InvalidAction", 400, "Could not find operation " + action + " for version "
          + IAM_VERSION);
    }
    String callerUser = caller.principal().type() == PrincipalType.USER ? caller.principal().name() : null;
    Map<String, String> p = parameters;
    if (callerUser != null && OWN_USER_ACTIONS.contains(action) && !parameters.containsKey("UserName")) {
      p = new LinkedHashMap<>(parameters);
      p.put("UserName", callerUser);
    }
    Decision decision;
    try {
      IamRequestTarget target = IamRequestTarget.of(action, p, account.get(), callerUser);
      RequestContext.Builder keys = context.toBuilder();
      target.context().asMap().forEach(keys::putAll);
      decision = enforcer.decide(caller, "iam:" + action, target.resource(), keys.build(), EnforcementPoint.API, info);
    } catch (RuntimeException e) {
      // The request could not even be put to the evaluator: a deny, audited with its cause.
      decision = enforcer.record(caller, Decision.failed(AuthorizationRequest.builder(caller.principal())
          .action("iam:" + action).resource("*").build(), e.getClass().getSimpleName() + ": " + e.getMessage()),
          EnforcementPoint.API, info);
    }
    if (!decision.isAllowed() && enforcer.mode() == EnforcementMode.ENFORCE) {
      throw new IamException("AccessDenied", 403, decision.message());
    }
    return actions.invoke(caller, action, p, info);
  }

  private AuditedIamActions actionsOf(String accountId) {
    return iamByAccount.computeIfAbsent(accountId, id -> new AuditedIamActions(new IamActions(new IamService(store, id,
        clock, random, hasher, passwordPolicy)), changes));
  }

  /**
   * Waits until the access keys' uses noted so far are saved in the store.
   *
   * @return false if that did not happen within {@code timeout}, or recording is off
   */
  public boolean flushLastUses(Duration timeout) {
    return usage.flush(timeout);
  }

  /** Saves the access keys' last uses noted so far and stops recording; the store stays open. */
  @Override
  public void close() {
    usage.close();
  }

  /** STS by its version, or, without a version, by its action names. */
  private static boolean isSts(Map<String, String> parameters) {
    String version = parameters.get("Version");
    if (version != null) {
      return version.equals(STS_VERSION);
    }
    String action = parameters.get("Action");
    return action != null && StsQueryActions.ACTIONS.contains(action);
  }

  private static String namespace(boolean sts) {
    return sts ? STS_NAMESPACE : IAM_NAMESPACE;
  }

  private static RequestInfo withRequestId(RequestInfo info) {
    RequestInfo i = info == null ? RequestInfo.none() : info;
    return i.requestId() != null ? i
        : new RequestInfo(UUID.randomUUID().toString(), i.sourceIp(), i.userAgent(), i.requestParameters());
  }

  private static QueryResponse error(boolean sts, String action, int status, String code, String message,
      String requestId) {
    return new QueryResponse(status, requestId, action, null, code, message,
        QueryXml.error(namespace(sts), status, code, message, requestId));
  }

  /** Settings of a {@link QueryApi}. */
  public static final class Builder {
    private final AccountStore store;
    private AuditTrail audit = AuditTrail.none();
    private Clock clock = Clock.systemUTC();
    private SecureRandom random = new SecureRandom();
    private PasswordHasher hasher = new PasswordHasher();
    private PasswordPolicy passwordPolicy = PasswordPolicy.defaults();
    private EnforcementMode mode = EnforcementMode.ENFORCE;
    private Duration lastUsedInterval = AccessKeyUsageRecorder.DEFAULT_INTERVAL;

    private Builder(AccountStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /** Where decisions and changes are recorded. */
    public Builder auditTrail(AuditTrail value) {
      this.audit = Objects.requireNonNull(value, "auditTrail");
      return this;
    }

    /** The clock for signatures, sessions, decisions and creation dates. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The source of ids, keys and MFA seeds. */
    public Builder random(SecureRandom value) {
      this.random = Objects.requireNonNull(value, "random");
      return this;
    }

    /** How passwords are hashed. */
    public Builder passwordHasher(PasswordHasher value) {
      this.hasher = Objects.requireNonNull(value, "passwordHasher");
      return this;
    }

    /** The rules new passwords must follow; AWS's default policy if not set. */
    public Builder passwordPolicy(PasswordPolicy value) {
      this.passwordPolicy = Objects.requireNonNull(value, "passwordPolicy");
      return this;
    }

    /** {@link EnforcementMode#REPORT_ONLY} audits denies but lets the calls run. */
    public Builder mode(EnforcementMode value) {
      this.mode = Objects.requireNonNull(value, "mode");
      return this;
    }

    /**
     * How often an access key's last use is recorded at most ({@link
     * AccessKeyUsageRecorder#DEFAULT_INTERVAL}, as AWS, if not set); zero turns recording off.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder accessKeyLastUsedInterval(Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("the interval must not be negative");
      }
      this.lastUsedInterval = value;
      return this;
    }

    /** The API; close it to save the access keys' last uses noted last. */
    public QueryApi build() {
      return new QueryApi(this);
    }
  }
}
