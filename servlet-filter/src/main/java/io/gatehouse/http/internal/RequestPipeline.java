package io.gatehouse.http.internal;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.ContextCaller;
import io.gatehouse.Decision;
import io.gatehouse.Enforcer;
import io.gatehouse.PrincipalType;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.context.CallContext;
import io.gatehouse.http.HttpExchange;
import io.gatehouse.http.HttpOutcome;
import io.gatehouse.http.UnmatchedRequests;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.internal.PrincipalContextKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import io.gatehouse.http.AuthenticationSettings;
import io.gatehouse.http.HttpSettings;
import io.gatehouse.identity.PasswordAuthenticator;
import io.gatehouse.sigv4.SigV4Verifier;
import io.gatehouse.store.AccessKeyUsageRecorder;
import io.gatehouse.store.AccountStore;
import io.gatehouse.sts.SecurityTokenService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One request's way through: normalize the path, authenticate, find the route, build the request
 * context, decide through the {@link Enforcer} (one audit event), and answer or let through. Fails
 * closed: any exception while deciding is a deny, audited with its cause. Thread-safe.
 */
public final class RequestPipeline {
  private final RouteTable routes;
  private final UnmatchedRequests unmatched;
  private final AuthenticationChain authentication;
  private final SourceAddress source;
  private final Enforcer enforcer;
  private final Supplier<Accounts> accounts;
  private final Clock clock;
  private volatile Second lastSecond;

  RequestPipeline(RouteTable routes, UnmatchedRequests unmatched, AuthenticationChain authentication,
      SourceAddress source, Enforcer enforcer, Supplier<Accounts> accounts, Clock clock) {
    this.routes = routes;
    this.unmatched = unmatched;
    this.authentication = authentication;
    this.source = source;
    this.enforcer = enforcer;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Wires a pipeline.
   *
   * @param store the accounts (MFA codes used with Basic are recorded in it)
   * @param sts verifies session tokens and exchanges ID tokens
   * @param passwords makes what signs Basic users in, called only if Basic is on
   * @param usage notes each use of a long-term access key that signed a request
   * @throws IllegalArgumentException if a route or trusted proxy is malformed, or Basic or container
   *     authentication is on without an account to find its users in
   */
  public static RequestPipeline create(HttpSettings settings, Enforcer enforcer, AccountStore store,
      SecurityTokenService sts, Supplier<PasswordAuthenticator> passwords, AccessKeyUsageRecorder usage, Clock clock) {
    AuthenticationSettings a = settings.authentication();
    List<CredentialScheme> schemes = new ArrayList<>();
    if (a.sigV4()) {
      SigV4Verifier verifier = a.sigV4Service() == null ? new SigV4Verifier()
          : SigV4Verifier.forService(a.sigV4Service(), a.sigV4Regions());
      if (a.sigV4Service() == null && !a.sigV4Regions().isEmpty()) {
        throw new IllegalArgumentException("authentication.sigv4: regions need a service");
      }
      schemes.add(new SigV4Scheme(verifier, store::snapshot, sts, usage));
    }
    if (!a.oidc().isEmpty()) {
      schemes.add(new BearerScheme(a.oidc(), sts));
    }
    if (a.basic()) {
      schemes.add(new BasicScheme(passwords.get(), userAccount(a, store.snapshot(), "basic"), a.mfaHeader()));
    }
    if (a.container()) {
      schemes.add(new ContainerScheme(store::snapshot, userAccount(a, store.snapshot(), "container")));
    }
    return new RequestPipeline(new RouteTable(settings.routes()), settings.unmatched(),
        new AuthenticationChain(schemes), new SourceAddress(a.trustedProxies()), enforcer, store::snapshot, clock);
  }

  private static String userAccount(AuthenticationSettings a, Accounts accounts, String scheme) {
    if (a.account() != null) {
      if (accounts.account(a.account()).isEmpty()) {
        throw new IllegalArgumentException("authentication.account: no account " + a.account()
            + " among the account files");
      }
      return a.account();
    }
    if (accounts.all().size() != 1) {
      throw new IllegalArgumentException("authentication." + scheme + ": with " + accounts.all().size()
          + " accounts, name the one its users belong to in authentication.account");
    }
    return accounts.all().iterator().next().accountId();
  }

  /** Decides one request; never throws for a well-behaved exchange. */
  public HttpOutcome handle(HttpExchange exchange) {
    Instant now = clock.instant();
    String method = exchange.method();
    String path = exchange.rawPath();
    Authenticated who = Authenticated.ANONYMOUS;
    Caller caller = who.caller();
    String action = "http:" + method;
    String resource = path;
    RequestInfo info = RequestInfo.none();
    try {
      List<String> segments = PathNormalizer.segments(routePath(exchange));
      path = "/" + String.join("/", segments);
      resource = path;
      String sourceIp = source.of(exchange);
      String userAgent = exchange.header("User-Agent").orElse(null);
      info = new RequestInfo(null, sourceIp, userAgent, Map.of("httpMethod", method, "path", path));
      who = authentication.authenticate(exchange, now);
      caller = who.caller();
      RequestContext.Builder context = environment(exchange, who, sourceIp, userAgent, now);
      Optional<RouteMatch> match = routes.match(method, segments);
      if (match.isEmpty()) {
        if (unmatched == UnmatchedRequests.PASS) {
          return HttpOutcome.proceed(callContext(who, context.build()));
        }
        Decision d = enforcer.record(caller, failed(caller, action, resource, "no route matches " + method + " "
            + path), EnforcementPoint.FILTER, info);
        return outcome(d, who, context.build());
      }
      Route route = match.get().route();
      action = route.action();
      Map<String, List<String>> query = route.context().isEmpty() ? Map.of() : QueryString.parse(exchange.rawQuery());
      for (Map.Entry<String, ContextSource> e : route.context().entrySet()) {
        List<String> values = e.getValue().values(exchange, query, match.get().variables());
        if (!values.isEmpty()) {
          context.putAll(e.getKey(), values);
        }
      }
      RequestContext built = context.build();
      resource = route.resource().fill(match.get().variables(), new TemplateKeys(caller, built));
      Decision d = enforcer.decide(caller, action, resource, built, EnforcementPoint.FILTER, info);
      return outcome(d, who, built);
    } catch (HttpProblem p) {
      return Answers.problem(p);
    } catch (RuntimeException e) {
      Decision d = enforcer.record(caller, failed(caller, action, resource, e.getClass().getSimpleName() + ": "
          + e.getMessage()), EnforcementPoint.FILTER, info);
      return outcome(d, who, RequestContext.empty());
    }
  }

  /** The path routes see: the raw path less the web application's context path. */
  private static String routePath(HttpExchange exchange) {
    String raw = exchange.rawPath();
    String context = exchange.contextPath();
    if (!context.isEmpty() && raw.startsWith(context)) {
      raw = raw.substring(context.length());
    }
    return raw.isEmpty() ? "/" : raw;
  }

  private HttpOutcome outcome(Decision d, Authenticated who, RequestContext context) {
    if (d.isAllowed() || enforcer.mode() == EnforcementMode.REPORT_ONLY) {
      return HttpOutcome.proceed(callContext(who, context));
    }
    if (who.caller().principal().type() == PrincipalType.ANONYMOUS) {
      return Answers.credentialsRequired(d, authentication.challenges());
    }
    return Answers.denied(d);
  }

  private RequestContext.Builder environment(HttpExchange exchange, Authenticated who, String sourceIp,
      String userAgent, Instant now) {
    RequestContext.Builder b = RequestContext.builder();
    b.put("aws:SourceIp", sourceIp);
    b.put("aws:SecureTransport", Boolean.toString(source.secure(exchange)));
    if (userAgent != null) {
      b.put("aws:UserAgent", userAgent);
    }
    exchange.header("Referer").ifPresent(r -> b.put("aws:Referer", r));
    Second second = second(now);
    b.put("aws:CurrentTime", second.iso);
    b.put("aws:EpochTime", second.epoch);
    who.regionIfAny().ifPresent(r -> b.put("aws:RequestedRegion", r));
    return b;
  }

  /**
   * The context bound for code below: a role session also carries its temporary credentials, so
   * that decisions below are made with its session policies and tags, after the token is verified.
   */
  private static CallContext callContext(Authenticated who, RequestContext context) {
    Caller caller = who.caller();
    String arn = caller.principal().type() == PrincipalType.ANONYMOUS ? ContextCaller.ANONYMOUS
        : caller.principal().arn();
    CallContext bound = CallContext.of(arn, context.asMap(), caller.mfaAuthenticatedAt().orElse(null));
    return who.sessionAccessKeyId() == null ? bound
        : bound.withSessionCredentials(who.sessionAccessKeyId(), who.sessionToken());
  }

  /** The time keys of this second, formatted once per second rather than once per request. */
  private Second second(Instant now) {
    Second s = lastSecond;
    long epochSecond = now.getEpochSecond();
    if (s == null || s.epochSecond != epochSecond) {
      s = new Second(epochSecond, DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)),
          Long.toString(epochSecond));
      lastSecond = s;
    }
    return s;
  }

  private static final class Second {
    final long epochSecond;
    final String iso;
    final String epoch;

    Second(long epochSecond, String iso, String epoch) {
      this.epochSecond = epochSecond;
      this.iso = iso;
      this.epoch = epoch;
    }
  }

  private static Decision failed(Caller caller, String action, String resource, String error) {
    return Decision.failed(AuthorizationRequest.builder(caller.principal()).action(action).resource(resource).build(),
        error);
  }

  /**
   * The values of {@code ${key}} in a resource template: the keys policies will see for this caller
   * (principal keys from its identity), worked out at the first key other than the principal's account.
   */
  private final class TemplateKeys implements Function<String, List<String>> {
    private final Caller caller;
    private final RequestContext supplied;
    private RequestContext full;

    TemplateKeys(Caller caller, RequestContext supplied) {
      this.caller = caller;
      this.supplied = supplied;
    }

    @Override
    public List<String> apply(String key) {
      String account = caller.principal().accountId();
      if (key.equalsIgnoreCase("aws:PrincipalAccount") && account != null && !account.isEmpty()) {
        return List.of(account);
      }
      if (full == null) {
        full = PrincipalContextKeys.build(caller, accounts.get().account(account).orElse(null), "", supplied, clock);
      }
      List<String> v = full.values(key);
      return v == null ? List.of() : v;
    }
  }
}
