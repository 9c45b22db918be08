package io.gatehouse.agent.instrument;

import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.lang.instrument.Instrumentation;
import java.util.Objects;
import java.util.function.Consumer;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.asm.Advice;

/**
 * Hooks servlet dispatch for HTTP enforcement, as telemetry agents do: {@link ServletDispatchAdvice}
 * is inlined into {@code jakarta.servlet.http.HttpServlet#service(ServletRequest, ServletResponse)},
 * the method every container (Jetty 12 ee10, Tomcat 10.1 and 11, Spring Boot's embedded Tomcat) calls
 * once per dispatch to an {@code HttpServlet}, after the application's filters and before the
 * servlet's {@code doGet}, {@code doPost}... Forwards, includes and asynchronous re-dispatches call it
 * again: the bridge recognises a request already decided by a request attribute.
 *
 * <p>A servlet that implements {@code jakarta.servlet.Servlet} without extending {@code HttpServlet},
 * or overrides the public {@code service} method, is not reached.
 *
 * <p>Fails closed: if {@code HttpServlet} cannot be instrumented, it is replaced by a class that
 * refuses to initialize (see {@link FailClosedTransformer}), so that no servlet serves a request
 * unenforced; the failure goes to the failure consumer.
 */
public final class ServletInstrumenter {
  static final String HTTP_SERVLET = "jakarta.servlet.http.HttpServlet";

  private final FailClosedTransformer.Parts failClosed;

  /**
   * Creates the instrumenter.
   *
   * @param failures receives a failure to instrument {@code HttpServlet} (to print and audit it)
   */
  public ServletInstrumenter(Consumer<InstrumentationFailure> failures) {
    this.failClosed = failClosedParts(Objects.requireNonNull(failures, "failures"));
  }

  /** The fail-closed parts: {@code HttpServlet} always has something to enforce. */
  static FailClosedTransformer.Parts failClosedParts(Consumer<InstrumentationFailure> failures) {
    return new FailClosedTransformer.Parts(HTTP_SERVLET::equals, failures);
  }

  /**
   * Installs the hook; {@code HttpServlet} is retransformed if it is loaded already.
   *
   * @param retransform whether classes loaded before are retransformed
   */
  public ResettableClassFileTransformer install(Instrumentation inst, boolean retransform) {
    return new AgentBuilder.Default()
        .disableClassFormatChanges()
        .with(retransform ? AgentBuilder.RedefinitionStrategy.RETRANSFORMATION
            : AgentBuilder.RedefinitionStrategy.DISABLED)
        .with(AgentBuilder.DescriptionStrategy.Default.POOL_ONLY)
        .with(AgentBuilder.Listener.StreamWriting.toSystemError().withErrorsOnly())
        .with(failClosed.listener())
        .with(failClosed.decorator())
        .type(named(HTTP_SERVLET))
        .transform((builder, type, loader, module, domain) -> builder.visit(Advice.to(ServletDispatchAdvice.class)
            .on(named("service").and(isPublic()).and(takesArguments(2))
                .and(takesArgument(0, named("jakarta.servlet.ServletRequest")))
                .and(takesArgument(1, named("jakarta.servlet.ServletResponse"))))))
        .installOn(inst);
  }
}
