package io.gatehouse.agent.enforce;

import io.gatehouse.audit.RequestInfo;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to enforce the calls of one instrumented method, worked out once when the method
 * was instrumented: its security annotation, its IAM checks (all must allow), the parameters that
 * become request context keys, and, if the annotations could not be used, why (every call is then
 * denied with that cause). Immutable.
 */
public final class MethodRule {
  private final String method;
  private final MethodSecurity security;
  private final List<Authorization> authorizations;
  private final Map<Integer, String> contextKeys;
  private final String problem;
  private final WeakReference<ClassLoader> loader;
  private final RequestInfo info;

  /**
   * Creates a rule.
   *
   * @param method the method's name for audit events and messages, e.g. {@code com.acme.Billing.delete}
   * @param contextKeys the condition key of each {@code @ContextKey} parameter, by position
   * @param problem why the method's annotations cannot be used, or null
   * @param loader the class loader of the method's class (kept weakly), or null for the bootstrap loader
   */
  public MethodRule(String method, MethodSecurity security, List<Authorization> authorizations,
      Map<Integer, String> contextKeys, String problem, ClassLoader loader) {
    this.method = Objects.requireNonNull(method, "method");
    this.security = Objects.requireNonNull(security, "security");
    this.authorizations = List.copyOf(authorizations);
    this.contextKeys = Map.copyOf(contextKeys);
    this.problem = problem;
    this.loader = new WeakReference<>(loader);
    this.info = new RequestInfo(null, null, null, Map.of("method", method));
  }

  /** The method's name, e.g. {@code com.acme.Billing.delete}. */
  public String method() {
    return method;
  }

  /** The security annotation that applies. */
  public MethodSecurity security() {
    return security;
  }

  /** The IAM checks, all of which must allow. */
  public List<Authorization> authorizations() {
    return authorizations;
  }

  /** The condition key of each {@code @ContextKey} parameter, by position. */
  public Map<Integer, String> contextKeys() {
    return contextKeys;
  }

  /** What the audit events of the method's calls record beyond the question: the method's name. */
  public RequestInfo info() {
    return info;
  }

  /** True if the method's annotations cannot be used (every call is denied). */
  public boolean hasProblem() {
    return problem != null;
  }

  /** Why the method's annotations cannot be used, if they cannot. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The method's class loader, or null (bootstrap, or collected). */
  public ClassLoader loader() {
    return loader.get();
  }

  @Override
  public String toString() {
    return "MethodRule[" + method + ", " + security.kind() + ", " + authorizations + (problem == null ? "" : ", " + problem)
        + "]";
  }
}
