package io.gatehouse.agent.enforce;

import io.gatehouse.AccessDeniedException;
import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Decision;
import io.gatehouse.Enforcer;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.internal.PrincipalContextKeys;
import java.lang.reflect.Array;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Enforces one call of an instrumented method, before its body runs: the method's {@code @DenyAll}
 * or {@code @RolesAllowed}, then each of its IAM checks ({@code @Authorize} and pointcuts, all must
 * allow), for the bound (or process) caller, with the request context keys bound with the caller and
 * those of the method's {@code @ContextKey} parameters. Every decision is audited by the {@link
 * Enforcer} with the enforcement point {@code agent}.
 *
 * <p>Fails closed: a resource template that cannot be filled, a method whose annotations could not
 * be used, a bound principal that is not an ARN or any other failure is a deny, audited with its
 * cause. A deny is thrown as the host's own {@code AccessDeniedException} ({@link HostExceptions}).
 * Thread-safe.
 */
public final class CallEnforcer {
  /** The action audited for {@code @DenyAll}. */
  static final String DENY_ALL_ACTION = "jakarta:DenyAll";
  /** The action audited for {@code @RolesAllowed}. */
  static final String ROLES_ALLOWED_ACTION = "jakarta:RolesAllowed";

  private final CheckEnforcement checks;
  private final Supplier<Accounts> accounts;
  private final BoundCaller callers;
  private final MethodRegistry registry;
  private final HostExceptions exceptions;
  private final Clock clock;

  /** Creates the enforcer of instrumented calls, whose checks the enforcer decides, audits and enforces. */
  public CallEnforcer(Enforcer enforcer, Supplier<Accounts> accounts, BoundCaller callers, MethodRegistry registry,
      HostExceptions exceptions, Clock clock) {
    this(CheckEnforcement.by(enforcer), accounts, callers, registry, exceptions, clock);
  }

  /** Creates the enforcer of instrumented calls, handing their checks to {@code checks}. */
  public CallEnforcer(CheckEnforcement checks, Supplier<Accounts> accounts, BoundCaller callers,
      MethodRegistry registry, HostExceptions exceptions, Clock clock) {
    this.checks = Objects.requireNonNull(checks, "checks");
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.callers = Objects.requireNonNull(callers, "callers");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.exceptions = Objects.requireNonNull(exceptions, "exceptions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Enforces a call; returns if it may proceed (allowed, or denied in report-only mode).
   *
   * @param methodId the id the method was given when instrumented
   * @param arguments the call's arguments
   * @throws RuntimeException the host's {@code AccessDeniedException} if denied
   */
  public void enter(int methodId, Object[] arguments) {
    MethodRule rule = null;
    try {
      rule = registry.rule(methodId);
      enforce(rule, arguments);
    } catch (AccessDeniedException e) {
      throw exceptions.translate(e, rule == null ? null : rule.loader());
    } catch (RuntimeException | LinkageError e) {
      // Nothing should get here; if something does, the call is denied all the same.
      String method = rule == null ? "method #" + methodId : rule.method();
      try {
        deny(Caller.anonymous(), "gatehouse:InvokeMethod", methodArn(method), RequestInfo.none(),
            "the agent failed while deciding: " + e);
      } catch (AccessDeniedException denied) {
        throw exceptions.translate(denied, rule == null ? null : rule.loader());
      }
    }
  }

  private void enforce(MethodRule rule, Object[] arguments) {
    // The common path (a bound or process caller, no @ContextKey, a template of arguments and the
    // caller's account) allocates nothing but the resource and what the decision needs.
    RequestInfo info = rule.info();
    BoundCaller.Call call;
    try {
      call = callers.current();
    } catch (IllegalArgumentException e) {
      denyAll(Caller.anonymous(), rule, info, e.getMessage());
      return;
    }
    Caller caller = call.caller();
    if (call.sourceIp() != null) {
      info = new RequestInfo(null, call.sourceIp(), null, info.requestParameters());
    }
    if (rule.hasProblem()) {
      denyAll(caller, rule, info, rule.problem().get());
      return;
    }
    if (rule.security().checksCalls()) {
      checkSecurity(caller, rule, info);
    }
    RequestContext keys = rule.contextKeys().isEmpty() ? call.context()
        : requestContext(call.keys(), rule.contextKeys(), arguments);
    List<Authorization> authorizations = rule.authorizations();
    TemplateKeys templateKeys = null;
    for (int i = 0; i < authorizations.size(); i++) {
      Authorization a = authorizations.get(i);
      String resource;
      try {
        String account = caller.principal().accountId();
        if (templateKeys == null && (a.resource().readsRequestKeys() || account == null || account.isEmpty())) {
          templateKeys = new TemplateKeys(caller, keys);
        }
        resource = a.resource().fill(arguments, account, templateKeys);
      } catch (RuntimeException e) {
        deny(caller, a.action(), a.resource().text(), info, "resource template: " + e.getMessage());
        continue;
      }
      checks.enforce(caller, a.action(), resource, keys, info);
    }
  }

  private void checkSecurity(Caller caller, MethodRule rule, RequestInfo info) {
    MethodSecurity security = rule.security();
    if (security.kind() == MethodSecurity.Kind.DENY_ALL) {
      checks.enforce(caller, Decision.refused(request(caller, DENY_ALL_ACTION, methodArn(rule.method())),
          "the method is @DenyAll"), info);
    } else if (security.kind() == MethodSecurity.Kind.ROLES_ALLOWED) {
      Accounts snapshot = accounts.get();
      boolean member = security.roles().stream().anyMatch(r -> RoleMembership.hasRole(caller.principal(), r, snapshot));
      AuthorizationRequest request = request(caller, ROLES_ALLOWED_ACTION, methodArn(rule.method()));
      Decision d = member ? Decision.allow(request, List.of())
          : Decision.refused(request, "the method is @RolesAllowed" + security.roles()
              + " and the caller is neither a member of an IAM group nor a session of an IAM role of these names");
      checks.enforce(caller, d, info);
    }
  }

  /** Denies every check of the method (the problem prevents deciding any of them). */
  private void denyAll(Caller caller, MethodRule rule, RequestInfo info, String error) {
    if (rule.authorizations().isEmpty()) {
      deny(caller, "gatehouse:InvokeMethod", methodArn(rule.method()), info, error);
    }
    for (Authorization a : rule.authorizations()) {
      deny(caller, a.action(), a.resource().text(), info, error);
    }
  }

  /** Audits a failed decision; throws in enforce mode. */
  private void deny(Caller caller, String action, String resource, RequestInfo info, String error) {
    checks.enforce(caller, Decision.failed(request(caller, action, resource), error), info);
  }

  private static AuthorizationRequest request(Caller caller, String action, String resource) {
    return AuthorizationRequest.builder(caller.principal()).action(action).resource(resource).build();
  }

  /** The resource named in audit events for checks about the method itself. */
  static String methodArn(String method) {
    return "arn:gatehouse:java:::method/" + method;
  }

  private static RequestContext requestContext(Map<String, List<String>> bound, Map<Integer, String> contextKeys,
      Object[] arguments) {
    RequestContext.Builder b = RequestContext.builder();
    bound.forEach(b::putAll);
    contextKeys.forEach((index, key) -> {
      List<String> values = values(arguments[index]);
      if (!values.isEmpty()) {
        b.putAll(key, values);
      }
    });
    return b.build();
  }

  /** A {@code @ContextKey} argument's values: none for null, one per element of a collection or array. */
  static List<String> values(Object argument) {
    List<String> out = new ArrayList<>();
    if (argument instanceof Collection<?> c) {
      c.stream().filter(Objects::nonNull).forEach(v -> out.add(v.toString()));
    } else if (argument != null && argument.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(argument); i++) {
        Object v = Array.get(argument, i);
        if (v != null) {
          out.add(v.toString());
        }
      }
    } else if (argument != null) {
      out.add(argument.toString());
    }
    return out;
  }

  private static String single(List<String> values) {
    return values != null && values.size() == 1 ? values.get(0) : null;
  }

  /**
   * The values of {@code ${key}} in a template: the keys policies see for this caller (principal keys
   * filled from the caller's identity), worked out at the first {@code ${key}} of the call.
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
        // The common case, answered without working out every principal key.
        return List.of(account);
      }
      if (full == null) {
        full = PrincipalContextKeys.build(caller, accounts.get().account(caller.principal().accountId()).orElse(null),
            "", supplied, clock);
      }
      List<String> v = full.values(key);
      return v == null ? List.of() : v;
    }
  }
}
