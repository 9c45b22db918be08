package io.gatehouse.agent.enforce;

import io.gatehouse.ContextCaller;
import io.gatehouse.Principal;
import io.gatehouse.context.CallContext;
import io.gatehouse.context.internal.ContextWire;
import io.gatehouse.identity.Caller;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is calling, for the agent: the principal of the context bound to the thread, else the
 * configured process principal, else anonymous. Thread-safe.
 */
public final class BoundCaller {
  private final Supplier<Map<String, Object>> boundContext;
  private final Caller processCaller;

  /**
   * Creates the resolver.
   *
   * @param boundContext the current thread's context in its wire form (null if none)
   * @param processPrincipal the process principal's ARN, or empty for anonymous
   * @throws IllegalArgumentException if the process principal is not a principal ARN
   */
  public BoundCaller(Supplier<Map<String, Object>> boundContext, Optional<String> processPrincipal) {
    this.boundContext = Objects.requireNonNull(boundContext, "boundContext");
    this.processCaller = processPrincipal.map(arn -> Caller.asserted(Principal.fromArn(arn))).orElse(Caller.anonymous());
  }

  /** The caller and its context keys for this thread. */
  public Call current() {
    Map<String, Object> wire = boundContext.get();
    if (wire == null) {
      return new Call(processCaller, Map.of());
    }
    CallContext context = ContextWire.decode(wire);
    try {
      return new Call(ContextCaller.caller(context), context.keys());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the bound principal \"" + context.principalArn()
          + "\" is not a principal ARN: " + e.getMessage(), e);
    }
  }

  /**
   * The caller of one call and the request context keys bound with it.
   *
   * @param caller who is calling
   * @param keys the bound context's request keys
   */
  public record Call(Caller caller, Map<String, List<String>> keys) {}
}
