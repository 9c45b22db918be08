package io.gatehouse.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.is;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;

import io.gatehouse.agent.enforce.MethodRegistry;
import io.gatehouse.agent.enforce.MethodRule;
import java.lang.instrument.Instrumentation;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Installs the instrumentation: classes that declare an annotated method, carry a class-level
 * security annotation, or are named by a pointcut get {@link EnforcementAdvice} inlined into each
 * method that has a {@link MethodRule}, with the method's registry id as a constant. Every other
 * class and method is left as it is. Classes already loaded (when the agent is attached to a running
 * JVM) are retransformed.
 *
 * <p>Fails closed: a class with methods to enforce that Byte Buddy cannot instrument (say, a method
 * that the advice would take past the JVM's 64 KB limit) is replaced by one whose initializer throws
 * (see {@link FailClosedTransformer}), and the failure goes to the failure consumer.
 */
public final class MethodInstrumenter {
  private final MethodRules rules;
  private final MethodRegistry registry;
  private final TypeDescription advice;
  private final ClassFileLocator adviceLocator;
  private final FailClosedTransformer.Parts failClosed;

  /**
   * Creates the instrumenter.
   *
   * @param failures receives each class that has methods to enforce and could not be instrumented
   */
  public MethodInstrumenter(MethodRules rules, MethodRegistry registry, Consumer<InstrumentationFailure> failures) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.failClosed = new FailClosedTransformer.Parts(rules::hasPointcutFor, Objects.requireNonNull(failures, "failures"));
    this.advice = TypeDescription.ForLoadedType.of(EnforcementAdvice.class);
    this.adviceLocator = ClassFileLocator.ForClassLoader.of(EnforcementAdvice.class.getClassLoader());
  }

  /**
   * Installs the transformation; problems instrumenting a class are printed on standard error, and
   * those of a class with methods to enforce also go to the failure consumer.
   *
   * @param retransform whether classes loaded before are retransformed (when attached to a running
   *     JVM; at start-up no application class is loaded yet, and looking at the JDK's would only
   *     cost time)
   */
  public ResettableClassFileTransformer install(Instrumentation inst, boolean retransform) {
    ClassLoader agentLoader = MethodInstrumenter.class.getClassLoader();
    return new AgentBuilder.Default()
        .disableClassFormatChanges()
        .with(retransform ? AgentBuilder.RedefinitionStrategy.RETRANSFORMATION
            : AgentBuilder.RedefinitionStrategy.DISABLED)
        .with(AgentBuilder.DescriptionStrategy.Default.POOL_ONLY)
        .with(AgentBuilder.Listener.StreamWriting.toSystemError().withErrorsOnly())
        .with(failClosed.listener())
        .with(failClosed.decorator())
        .ignore(nameStartsWith("net.bytebuddy.").or(nameStartsWith("io.gatehouse.agent."))
            .or(nameStartsWith("java.")).or(nameStartsWith("jdk.")).or(nameStartsWith("sun."))
            .or(nameStartsWith("com.sun.")).or(isSynthetic()),
            ElementMatchers.<ClassLoader>isBootstrapClassLoader().or(is(agentLoader)))
        .type(candidates())
        .transform((builder, type, loader, module, domain) -> instrument(builder, type, loader))
        .installOn(inst);
  }

  /** Types worth looking at more closely: cheap tests on names and annotations. */
  ElementMatcher<TypeDescription> candidates() {
    return declaresMethod(isAnnotatedWith(namedOneOf(AnnotationNames.ON_METHODS.toArray(String[]::new))))
        .or(isAnnotatedWith(namedOneOf(AnnotationNames.ON_CLASSES.toArray(String[]::new))))
        .or(new ElementMatcher.Junction.AbstractBase<TypeDescription>() {
          @Override
          public boolean matches(TypeDescription target) {
            return rules.hasPointcutFor(target.getName());
          }
        });
  }

  private DynamicType.Builder<?> instrument(DynamicType.Builder<?> builder, TypeDescription type, ClassLoader loader) {
    DynamicType.Builder<?> b = builder;
    for (MethodDescription.InDefinedShape method : type.getDeclaredMethods()) {
      Optional<MethodRule> rule = rules.ruleFor(type, method, loader);
      if (rule.isPresent()) {
        rule.get().problem().ifPresent(p -> System.err.println("gatehouse agent: every call of "
            + rule.get().method() + " is denied: " + p));
        failClosed.enforcing(rule.get().method());
        int id = registry.register(rule.get());
        b = b.visit(Advice.withCustomMapping().bind(MethodId.class, id).to(advice, adviceLocator).on(is(method)));
      }
    }
    return b;
  }
}
