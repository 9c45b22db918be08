package io.gatehouse.agent.enforce;

import io.gatehouse.ContextCaller;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.context.CallContext;
import io.gatehouse.context.internal.ContextWire;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.TemporarySession;
import io.gatehouse.sts.SecurityTokenService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is calling, for the agent: the principal of the context bound to the thread, else the
 * configured process principal, else anonymous. A bound context with session credentials (a role
 * session whose request carried a session token) is the verified session, with its session policies,
 * session tags and MFA; credentials that do not verify, or that belong to another principal, are an
 * error, which enforcement turns into a deny.
 *
 * <p>A bound context is read once per binding: what it resolves to is kept for the thread until
 * another context is bound (a session also until it expires), so that a call costs two thread-local
 * reads, not a decoding. Thread-safe.
 */
public final class BoundCaller {
  private final Supplier<Map<String, Object>> boundContext;
  private final Call processCall;
  private final SecurityTokenService sts;
  private final Clock clock;
  private final ThreadLocal<Call> lastResolved = new ThreadLocal<>();

  /**
   * Creates the resolver.
   *
   * @param boundContext the current thread's context in its wire form (null if none)
   * @param processPrincipal the process principal's ARN, or empty for anonymous
   * @param sts verifies the session credentials of bound contexts
   * @throws IllegalArgumentException if the process principal is not a principal ARN
   */
  public BoundCaller(Supplier<Map<String, Object>> boundContext, Optional<String> processPrincipal,
      SecurityTokenService sts, Clock clock) {
    this.boundContext = Objects.requireNonNull(boundContext, "boundContext");
    Caller process = processPrincipal.map(arn -> Caller.asserted(Principal.fromArn(arn))).orElse(Caller.anonymous());
    this.processCall = new Call(null, process, Map.of(), RequestContext.empty(), null, Long.MAX_VALUE);
    this.sts = Objects.requireNonNull(sts, "sts");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The caller and its context keys for this thread.
   *
   * @throws IllegalArgumentException if the bound principal is not a principal ARN, or its session
   *     credentials do not verify
   */
  public Call current() {
    Map<String, Object> wire = boundContext.get();
    if (wire == null) {
      return processCall;
    }
    Call last = lastResolved.get();
    if (last != null && last.wire == wire && clock.millis() < last.expiresAtMillis) {
      return last;
    }
    Call resolved = resolve(wire);
    lastResolved.set(resolved);
    return resolved;
  }

  private Call resolve(Map<String, Object> wire) {
    CallContext context = ContextWire.decode(wire);
    Caller caller;
    try {
      caller = ContextCaller.caller(context, sts);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(context.sessionAccessKeyId().isPresent() ? e.getMessage()
          : "the bound principal \"" + context.principalArn() + "\" is not a principal ARN: " + e.getMessage(), e);
    }
    RequestContext.Builder keys = RequestContext.builder();
    context.keys().forEach(keys::putAll);
    List<String> ip = context.keys().get("aws:SourceIp");
    long expires = caller.session().map(TemporarySession::expiresAt).map(t -> t.toEpochMilli()).orElse(Long.MAX_VALUE);
    return new Call(wire, caller, context.keys(), keys.build(), ip != null && ip.size() == 1 ? ip.get(0) : null,
        expires);
  }

  /** The caller of one call and the request context bound with it; the same for every call of one binding. */
  public static final class Call {
    private final Map<String, Object> wire;
    private final Caller caller;
    private final Map<String, List<String>> keys;
    private final RequestContext context;
    private final String sourceIp;
    private final long expiresAtMillis;

    Call(Map<String, Object> wire, Caller caller, Map<String, List<String>> keys, RequestContext context,
        String sourceIp, long expiresAtMillis) {
      this.wire = wire;
      this.caller = caller;
      this.keys = keys;
      this.context = context;
      this.sourceIp = sourceIp;
      this.expiresAtMillis = expiresAtMillis;
    }

    /** Who is calling. */
    public Caller caller() {
      return caller;
    }

    /** The bound context's request keys. */
    public Map<String, List<String>> keys() {
      return keys;
    }

    /** The same keys as a request context. */
    public RequestContext context() {
      return context;
    }

    /** The bound {@code aws:SourceIp}, if it has one value; else null. */
    public String sourceIp() {
      return sourceIp;
    }
  }
}
