package io.gatehouse.context;

import io.gatehouse.context.internal.AgentBridge;
import io.gatehouse.context.internal.ContextStorage;
import io.gatehouse.context.internal.ContextWire;
import io.gatehouse.context.internal.ThreadLocalContextStorage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Gatehouse's programmatic API: run a block as a principal, ask for a decision, read the current
 * call context, carry it to other threads.
 *
 * <pre>{@code
 * Gatehouse.runAs("arn:aws:iam::123456789012:user/alice", () -> billing.deleteInvoice("7"));
 * if (Gatehouse.isAllowed("shop:GetOrder", "arn:shop:orders::123456789012:order/7")) { ... }
 * Gatehouse.check("shop:RefundOrder", orderArn);             // throws AccessDeniedException if denied
 * ExecutorService pool = Gatehouse.wrap(Executors.newFixedThreadPool(4)); // tasks run as their submitter
 * }</pre>
 *
 * <p><b>Where the context lives.</b> With the Gatehouse agent running, the context is kept by the
 * agent's bridge on the bootstrap class path, so the agent's advice, a servlet filter in a web
 * application and application code all see the same context, whichever copy of these classes each
 * uses. Without the agent, it is kept by this copy of the classes. The agent must be started before
 * this class is first used (at JVM start with {@code -javaagent}, or attached before).
 *
 * <p><b>Who decides.</b> {@link #isAllowed} and {@link #check} ask the {@link DecisionHandler}
 * installed with {@link #install}, else the agent, else fail closed: {@code isAllowed} is false and
 * {@code check} throws {@link IllegalStateException}.
 *
 * <p>The context storage and the installed handler are the only static state: they are how
 * enforcement and application code, which do not know each other, meet.
 */
public final class Gatehouse {
  private static final AtomicReference<DecisionHandler> HANDLER = new AtomicReference<>();

  private Gatehouse() {}

  /** Holds the storage, chosen at first use so that an agent started before is found. */
  private static final class Storage {
    static final Optional<AgentBridge> BRIDGE = AgentBridge.find();
    static final ContextStorage CURRENT = BRIDGE.isPresent() ? BRIDGE.get() : new ThreadLocalContextStorage();
  }

  /**
   * Runs a block as a principal: the context is bound for the block and the previous one restored
   * after it, however it ends.
   *
   * @throws Exception whatever the block throws
   */
  public static <T> T runAs(String principalArn, Callable<T> block) throws Exception {
    return runAs(CallContext.of(principalArn), block);
  }

  /** Runs a block as a principal; see {@link #runAs(String, Callable)}. */
  public static void runAs(String principalArn, Runnable block) {
    runAs(CallContext.of(principalArn), block);
  }

  /** Runs a block with a call context; see {@link #runAs(String, Callable)}. */
  public static <T> T runAs(CallContext context, Callable<T> block) throws Exception {
    Objects.requireNonNull(block, "block");
    try (ContextScope scope = bind(context)) {
      return block.call();
    }
  }

  /** Runs a block with a call context; see {@link #runAs(String, Callable)}. */
  public static void runAs(CallContext context, Runnable block) {
    Objects.requireNonNull(block, "block");
    try (ContextScope scope = bind(context)) {
      block.run();
    }
  }

  /**
   * Binds a context to the current thread until the returned scope is closed, e.g. by a servlet
   * filter around the rest of the chain:
   *
   * <pre>{@code
   * try (ContextScope scope = Gatehouse.bind(CallContext.of(callerArn))) { chain.doFilter(req, res); }
   * }</pre>
   */
  public static ContextScope bind(CallContext context) {
    return bindWire(ContextWire.encode(Objects.requireNonNull(context, "context")));
  }

  /** The context bound to the current thread, if any. */
  public static Optional<CallContext> current() {
    Map<String, Object> wire = Storage.CURRENT.get();
    return wire == null ? Optional.empty() : Optional.of(ContextWire.decode(wire));
  }

  /**
   * Decides (and audits) whether the current caller may perform the action on the resource.
   *
   * @return true only if allowed (in report-only mode too, a deny is false)
   */
  public static boolean isAllowed(String action, String resource) {
    return isAllowed(action, resource, Map.of());
  }

  /** As {@link #isAllowed(String, String)}, with request context keys of this check. */
  public static boolean isAllowed(String action, String resource, Map<String, List<String>> keys) {
    DecisionHandler local = HANDLER.get();
    if (local != null) {
      return local.isAllowed(current(), action, resource, keys);
    }
    AgentBridge agent = agent();
    return agent != null && agent.decide(Gatehouse.class.getClassLoader(), action, resource, keys, false);
  }

  /**
   * Decides, audits and enforces: returns if the current caller may proceed.
   *
   * @throws RuntimeException Gatehouse core's {@code io.gatehouse.AccessDeniedException}, with AWS's
   *     message, if denied in enforce mode
   * @throws IllegalStateException if no handler is installed and the agent is not running
   */
  public static void check(String action, String resource) {
    check(action, resource, Map.of());
  }

  /** As {@link #check(String, String)}, with request context keys of this check. */
  public static void check(String action, String resource, Map<String, List<String>> keys) {
    DecisionHandler local = HANDLER.get();
    if (local != null) {
      local.check(current(), action, resource, keys);
      return;
    }
    AgentBridge agent = agent();
    if (agent == null) {
      throw new IllegalStateException("no Gatehouse decision handler: start the JVM with the Gatehouse agent "
          + "or call Gatehouse.install(...); denying " + action + " on " + resource);
    }
    agent.decide(Gatehouse.class.getClassLoader(), action, resource, keys, true);
  }

  /**
   * Installs the handler that decides {@link #isAllowed} and {@link #check} in this copy of the
   * classes, in place of the agent; null removes it.
   */
  public static void install(DecisionHandler handler) {
    HANDLER.set(handler);
  }

  /** A task that runs with the context bound now (or with none, if none is bound now). */
  public static Runnable wrap(Runnable task) {
    Objects.requireNonNull(task, "task");
    Map<String, Object> captured = Storage.CURRENT.get();
    return () -> {
      try (ContextScope scope = bindWire(captured)) {
        task.run();
      }
    };
  }

  /** A task that runs with the context bound now (or with none, if none is bound now). */
  public static <T> Callable<T> wrap(Callable<T> task) {
    Objects.requireNonNull(task, "task");
    Map<String, Object> captured = Storage.CURRENT.get();
    return () -> {
      try (ContextScope scope = bindWire(captured)) {
        return task.call();
      }
    };
  }

  /** An executor whose tasks run with the context bound when they were submitted. */
  public static Executor wrap(Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return task -> executor.execute(wrap(task));
  }

  /**
   * An executor service whose tasks run with the context bound when they were submitted; shutting it
   * down shuts down the one it wraps.
   */
  public static ExecutorService wrap(ExecutorService executor) {
    return new ContextPropagatingExecutorService(executor);
  }

  private static AgentBridge agent() {
    return Storage.BRIDGE.filter(AgentBridge::hasHandler).orElse(null);
  }

  private static ContextScope bindWire(Map<String, Object> wire) {
    ContextStorage storage = Storage.CURRENT;
    Map<String, Object> previous = storage.get();
    storage.set(wire);
    return new ContextScope() {
      private boolean closed;

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          storage.set(previous);
        }
      }
    };
  }
}
