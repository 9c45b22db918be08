package io.gatehouse;

import io.gatehouse.context.CallContext;
import io.gatehouse.identity.Caller;
import java.util.List;
import java.util.Map;

/**
 * What a {@link CallContext} bound by the application (or a servlet filter) stands for in a
 * decision: the caller, and the request context keys. A bound principal is one the application
 * vouches for ({@link Caller#asserted}); {@code anonymous} is the caller without credentials.
 */
public final class ContextCaller {
  /** The principal name of the caller without credentials. */
  public static final String ANONYMOUS = "anonymous";

  private ContextCaller() {}

  /**
   * The caller a context names.
   *
   * @throws IllegalArgumentException if its principal ARN is not one {@link Principal#fromArn} reads
   */
  public static Caller caller(CallContext context) {
    if (context.principalArn().equals(ANONYMOUS)) {
      return Caller.anonymous();
    }
    Caller c = Caller.asserted(Principal.fromArn(context.principalArn()));
    return context.mfaAuthenticatedAt().map(c::withMfaAt).orElse(c);
  }

  /**
   * The request context of a check: the bound context's keys (if a context is bound), then the
   * check's own keys, which replace bound keys of the same name.
   *
   * @param context the bound context, or null
   */
  public static RequestContext requestContext(CallContext context, Map<String, List<String>> keys) {
    RequestContext.Builder b = RequestContext.builder();
    if (context != null) {
      context.keys().forEach(b::putAll);
    }
    keys.forEach(b::putAll);
    return b.build();
  }
}
