package io.gatehouse.agent.instrument;

import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.utility.JavaModule;

/**
 * Makes a failed instrumentation fail closed. Byte Buddy reports a class it fails to transform to
 * its listener and throws, and the JVM, which ignores a transformer's exceptions, loads the class
 * unchanged; this transformer wraps Byte Buddy's, notes the
 * failure and the methods that were to be enforced, and replaces a class that has enforcement
 * targets by a {@link RefusingClass}, so that it never runs unenforced. Every such failure is handed
 * to the failure consumer (which prints and audits it).
 *
 * <p>Install it with {@link #decorator} and {@link #listener} on the same {@code AgentBuilder}.
 */
final class FailClosedTransformer extends ResettableClassFileTransformer.WithDelegation {
  /** What one transformation on this thread has seen; transformations can nest (class loading inside). */
  private static final class Attempt {
    final List<String> methods = new ArrayList<>();
    Throwable failure;

    /** Keeps the first failure: Byte Buddy reports the cause to its listener, then throws its own wrapper. */
    void failed(Throwable e) {
      if (failure == null) {
        failure = e;
      }
    }
  }

  private final ThreadLocal<Attempt> current;
  private final Predicate<String> namedByConfiguration;
  private final Consumer<InstrumentationFailure> failures;

  private FailClosedTransformer(ResettableClassFileTransformer delegate, ThreadLocal<Attempt> current,
      Predicate<String> namedByConfiguration, Consumer<InstrumentationFailure> failures) {
    super(delegate);
    this.current = current;
    this.namedByConfiguration = namedByConfiguration;
    this.failures = failures;
  }

  /**
   * The parts to install on one {@code AgentBuilder}: the decorator, the listener that notes
   * failures, and the hook with which the transformation names the methods it enforces.
   */
  static final class Parts {
    private final ThreadLocal<Attempt> current = new ThreadLocal<>();
    private final Predicate<String> namedByConfiguration;
    private final Consumer<InstrumentationFailure> failures;

    /**
     * @param namedByConfiguration true for a class a pointcut names (it has targets even if the
     *     failure came before its methods were examined)
     * @param failures receives every failure
     */
    Parts(Predicate<String> namedByConfiguration, Consumer<InstrumentationFailure> failures) {
      this.namedByConfiguration = namedByConfiguration;
      this.failures = failures;
    }

    AgentBuilder.TransformerDecorator decorator() {
      return delegate -> new FailClosedTransformer(delegate, current, namedByConfiguration, failures);
    }

    AgentBuilder.Listener listener() {
      return new AgentBuilder.Listener.Adapter() {
        @Override
        public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
          Attempt a = current.get();
          if (a != null) {
            a.failed(error);
          }
        }
      };
    }

    /** Called by the transformation for each method it is about to enforce. */
    void enforcing(String method) {
      Attempt a = current.get();
      if (a != null) {
        a.methods.add(method);
      }
    }
  }

  @Override
  public byte[] transform(ClassLoader loader, String internalName, Class<?> redefined, ProtectionDomain domain,
      byte[] classFile) throws IllegalClassFormatException {
    Attempt outer = current.get();
    Attempt attempt = new Attempt();
    current.set(attempt);
    try {
      byte[] result;
      try {
        result = classFileTransformer.transform(loader, internalName, redefined, domain, classFile);
      } catch (RuntimeException | Error e) {
        attempt.failed(e);
        result = null;
      }
      return checked(attempt, internalName, redefined, classFile, result);
    } finally {
      current.set(outer);
    }
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefined,
      ProtectionDomain domain, byte[] classFile) throws IllegalClassFormatException {
    Attempt outer = current.get();
    Attempt attempt = new Attempt();
    current.set(attempt);
    try {
      byte[] result;
      try {
        result = classFileTransformer.transform(module, loader, internalName, redefined, domain, classFile);
      } catch (RuntimeException | Error e) {
        attempt.failed(e);
        result = null;
      }
      return checked(attempt, internalName, redefined, classFile, result);
    } finally {
      current.set(outer);
    }
  }

  private byte[] checked(Attempt attempt, String internalName, Class<?> redefined, byte[] classFile, byte[] result) {
    if (attempt.failure == null || internalName == null) {
      return result;
    }
    String className = internalName.replace('/', '.');
    if (attempt.methods.isEmpty() && !namedByConfiguration.test(className)) {
      // Byte Buddy failed on a class before finding anything to enforce in it (matching reads only its
      // own annotations): nothing of it runs unenforced.
      return result;
    }
    InstrumentationFailure failure = new InstrumentationFailure(className, attempt.methods, attempt.failure,
        redefined == null);
    try {
      failures.accept(failure);
    } catch (RuntimeException | LinkageError e) {
      System.err.println("gatehouse agent: " + failure.message() + "; reporting it failed: " + e);
    }
    // A class being retransformed (attach) cannot change its shape: it keeps running as it was.
    return redefined == null ? RefusingClass.replacing(classFile, failure.message()) : result;
  }
}
