package io.gatehouse.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.utility.JavaModule;
import org.junit.jupiter.api.Test;

class FailClosedTransformerTest {
  /** A class to stand for the one being transformed. */
  public static class Target implements Runnable {
    @Override
    public void run() {}
  }

  private final List<InstrumentationFailure> failures = new ArrayList<>();
  private final FailClosedTransformer.Parts parts = new FailClosedTransformer.Parts(
      name -> name.endsWith("Configured"), failures::add);

  /** Byte Buddy's transformer as seen by the decorator: names a method to enforce (or not), then fails (or not). */
  private ClassFileTransformer around(String enforced, RuntimeException failure, byte[] result) {
    AgentBuilder.Listener listener = parts.listener();
    return parts.decorator().decorate(new ResettableClassFileTransformer.AbstractBase() {
      @Override
      public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
          byte[] classFile) {
        if (enforced != null) {
          parts.enforcing(enforced);
        }
        if (failure != null) {
          listener.onError(name.replace('/', '.'), loader, JavaModule.UNSUPPORTED, redefined != null, failure);
          throw new IllegalStateException("Failed to transform " + name, failure);
        }
        return result;
      }

      @Override
      public Iterator<AgentBuilder.Transformer> iterator(TypeDescription type, ClassLoader loader, JavaModule module,
          Class<?> redefined, ProtectionDomain domain) {
        return List.<AgentBuilder.Transformer>of().iterator();
      }

      @Override
      public boolean reset(Instrumentation inst, ResettableClassFileTransformer transformer,
          AgentBuilder.RedefinitionStrategy strategy, AgentBuilder.RedefinitionStrategy.DiscoveryStrategy discovery,
          AgentBuilder.RedefinitionStrategy.BatchAllocator allocator, AgentBuilder.RedefinitionStrategy.Listener l) {
        return false;
      }
    });
  }

  private static byte[] classFile(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
      return in.readAllBytes();
    }
  }

  private static final String TARGET = "io/gatehouse/agent/instrument/FailClosedTransformerTest$Target";

  @Test
  void replacesAClassWithMethodsToEnforceThatFailedByOneThatRefusesToInitialize() throws Exception {
    byte[] original = classFile(Target.class);
    byte[] replaced = around("Target.run", new IllegalArgumentException("Method too large"), null)
        .transform(null, TARGET, null, null, original);

    assertEquals(1, failures.size());
    InstrumentationFailure f = failures.get(0);
    assertEquals(FailClosedTransformerTest.class.getName() + "$Target", f.className());
    assertEquals(List.of("Target.run"), f.methods());
    assertTrue(f.refused());
    assertEquals("Method too large", f.cause().getMessage(), "the cause Byte Buddy reported, not its wrapper");

    Class<?> loaded = new ClassLoader(null) {
      Class<?> define() {
        return defineClass(null, replaced, 0, replaced.length);
      }
    }.define();
    assertEquals(Target.class.getName(), loaded.getName());
    assertEquals(List.of(Runnable.class.getName()), List.of(loaded.getInterfaces()).stream().map(Class::getName).toList());
    assertEquals(0, loaded.getDeclaredMethods().length);
    ExceptionInInitializerError e = assertThrows(ExceptionInInitializerError.class,
        () -> Class.forName(loaded.getName(), true, loaded.getClassLoader()));
    assertInstanceOf(SecurityException.class, e.getCause());
    assertEquals(f.message(), e.getCause().getMessage());
    assertTrue(f.message().contains("could not instrument " + Target.class.getName() + " [Target.run]")
        && f.message().contains("Method too large") && f.message().endsWith("it would run unenforced"), f.message());
  }

  @Test
  void aClassNamedByAPointcutIsRefusedEvenIfItFailedBeforeItsMethodsWereKnown() throws Exception {
    byte[] replaced = around(null, new IllegalStateException("cannot read"), null)
        .transform(null, "com/acme/Configured", null, null, classFile(Target.class));
    assertEquals(1, failures.size());
    assertTrue(replaced != null && replaced.length > 0);
  }

  @Test
  void httpServletThatCannotBeInstrumentedIsRefusedSoThatNoServletRunsUnenforced() throws Exception {
    List<InstrumentationFailure> servletFailures = new ArrayList<>();
    FailClosedTransformer.Parts servletParts = ServletInstrumenter.failClosedParts(servletFailures::add);
    AgentBuilder.Listener listener = servletParts.listener();
    ClassFileTransformer failing = servletParts.decorator().decorate(new ResettableClassFileTransformer.AbstractBase() {
      @Override
      public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
          byte[] classFile) {
        IllegalStateException failure = new IllegalStateException("cannot read jakarta.servlet.http.HttpServlet");
        listener.onError(name.replace('/', '.'), loader, JavaModule.UNSUPPORTED, redefined != null, failure);
        throw new IllegalStateException("Failed to transform " + name, failure);
      }

      @Override
      public Iterator<AgentBuilder.Transformer> iterator(TypeDescription type, ClassLoader loader, JavaModule module,
          Class<?> redefined, ProtectionDomain domain) {
        return List.<AgentBuilder.Transformer>of().iterator();
      }

      @Override
      public boolean reset(Instrumentation inst, ResettableClassFileTransformer transformer,
          AgentBuilder.RedefinitionStrategy strategy, AgentBuilder.RedefinitionStrategy.DiscoveryStrategy discovery,
          AgentBuilder.RedefinitionStrategy.BatchAllocator allocator, AgentBuilder.RedefinitionStrategy.Listener l) {
        return false;
      }
    });
    byte[] replaced = failing.transform(null, "jakarta/servlet/http/HttpServlet", null, null, classFile(Target.class));
    assertTrue(replaced != null && replaced.length > 0, "HttpServlet must not load unchanged");
    assertEquals(1, servletFailures.size());
    assertTrue(servletFailures.get(0).refused());
    assertEquals("jakarta.servlet.http.HttpServlet", servletFailures.get(0).className());
    // Any other class that fails (nothing to enforce in it) loads as it was.
    assertNull(failing.transform(null, "com/acme/Other", null, null, classFile(Target.class)));
  }

  @Test
  void aClassWithoutMethodsToEnforceLoadsAsItWas() throws Exception {
    assertNull(around(null, new IllegalStateException("cannot read"), null)
        .transform(null, "com/acme/Other", null, null, classFile(Target.class)));
    assertEquals(List.of(), failures);
  }

  @Test
  void aLoadedClassThatCannotBeRetransformedIsReportedAndKept() throws Exception {
    assertNull(around("Target.run", new IllegalArgumentException("Method too large"), null)
        .transform(null, TARGET, Target.class, null, classFile(Target.class)));
    assertEquals(1, failures.size());
    assertFalse(failures.get(0).refused());
    assertTrue(failures.get(0).message().endsWith("runs unenforced"), failures.get(0).message());
  }

  @Test
  void passesASuccessfulTransformationThrough() throws Exception {
    byte[] transformed = {1, 2, 3};
    assertArrayEquals(transformed, around("Target.run", null, transformed)
        .transform(null, TARGET, null, null, classFile(Target.class)));
    assertEquals(List.of(), failures);
  }

  @Test
  void refusesEvenWhenTheClassFileCannotBeRead() {
    assertArrayEquals(new byte[0], RefusingClass.replacing(new byte[] {1, 2, 3}, "no"));
  }
}
