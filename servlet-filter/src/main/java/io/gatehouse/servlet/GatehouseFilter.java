package io.gatehouse.servlet;

import io.gatehouse.context.CallContext;
import io.gatehouse.context.ContextScope;
import io.gatehouse.context.Gatehouse;
import io.gatehouse.http.HttpEnforcement;
import io.gatehouse.http.HttpOutcome;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates every HTTP request, maps it to an IAM action and resource, decides and audits, and
 * either answers (401, 403, 400, as JSON in AWS's error shape) or passes it on with the caller bound
 * ({@link Gatehouse#current()}), so that {@code @Authorize} methods and {@link Gatehouse#check} below
 * decide for the same principal with the same request context.
 *
 * <p>Register it in {@code web.xml} (the configuration is found as {@link ConfigLocation} says: init
 * parameter {@code gatehouse.config}, system property {@code gatehouse.config}, {@code
 * WEB-INF/gatehouse.yaml}, or {@code gatehouse.yaml} on the class path), programmatically with {@link
 * #GatehouseFilter(HttpEnforcement)}, or let {@link GatehouseInitializer} add it when the application
 * carries a {@code gatehouse.yaml}. Map it to {@code /*} for the {@code REQUEST} and {@code ASYNC}
 * dispatcher types. In a Spring Boot application, whose embedded container does not run the
 * initializer, register {@code new GatehouseFilter(path)} with a {@code FilterRegistrationBean}.
 *
 * <p>An {@code io.gatehouse.AccessDeniedException} thrown below is answered with the same 403 as a
 * deny here, if the response is not committed yet. Unless the init parameter {@code
 * gatehouse.installDecisionHandler} is {@code false}, the filter installs its decision handler for
 * {@code Gatehouse.check} and {@code Gatehouse.isAllowed} at init and removes it at destroy.
 */
public final class GatehouseFilter implements Filter {
  /** The request attribute that keeps the caller's context for asynchronous dispatches. */
  public static final String CONTEXT_ATTRIBUTE = GatehouseFilter.class.getName() + ".context";

  private static final String INSTALL_HANDLER = "gatehouse.installDecisionHandler";
  private static final String DENIED_CLASS = "io.gatehouse.AccessDeniedException";

  private final Path configFile;
  private HttpEnforcement enforcement;
  private boolean owned;
  private boolean installedHandler;

  /** A filter that finds its {@code gatehouse.yaml} at init (for {@code web.xml}). */
  public GatehouseFilter() {
    this.configFile = null;
  }

  /** A filter over a given configuration file, opened at init and closed at destroy. */
  public GatehouseFilter(Path configFile) {
    this.configFile = Objects.requireNonNull(configFile, "configFile");
  }

  /** A filter over enforcement built by the application, which stays the application's to close. */
  public GatehouseFilter(HttpEnforcement enforcement) {
    this.configFile = null;
    this.enforcement = Objects.requireNonNull(enforcement, "enforcement");
  }

  /**
   * Opens the configuration, unless the filter was given its enforcement.
   *
   * @throws ServletException if no configuration is found or it cannot be used, with every problem
   *     as {@code file:line:column: path: message}: the application should not start unprotected
   */
  @Override
  public void init(FilterConfig config) throws ServletException {
    try {
      if (enforcement == null) {
        Path file = configFile != null ? configFile
            : ConfigLocation.find(config::getInitParameter, config.getServletContext())
                .orElseThrow(() -> new IllegalArgumentException("no gatehouse.yaml: set the " + ConfigLocation.NAME
                    + " init parameter or system property, or put it in WEB-INF/"));
        enforcement = HttpEnforcement.open(file);
        owned = true;
      }
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new ServletException("Gatehouse: " + e.getMessage(), e);
    }
    if (!"false".equals(config.getInitParameter(INSTALL_HANDLER))) {
      Gatehouse.install(enforcement.decisionHandler());
      installedHandler = true;
    }
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
      chain.doFilter(request, response);
      return;
    }
    if (http.getDispatcherType() != DispatcherType.REQUEST) {
      // An asynchronous (or error) dispatch of a request already decided: the same caller again.
      Object bound = http.getAttribute(CONTEXT_ATTRIBUTE);
      if (bound instanceof CallContext context) {
        proceed(context, http, out, chain);
      } else {
        chain.doFilter(request, response);
      }
      return;
    }
    ServletExchange exchange = new ServletExchange(http);
    HttpOutcome outcome = enforcement.handle(exchange);
    Optional<CallContext> context = outcome.context();
    if (context.isEmpty()) {
      write(outcome, out);
      return;
    }
    byte[] body = exchange.bodyIfRead();
    HttpServletRequest next = body == null ? http : new BufferedBodyRequest(http, body);
    next.setAttribute(CONTEXT_ATTRIBUTE, context.get());
    proceed(context.get(), next, out, chain);
  }

  private void proceed(CallContext context, HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    ContextScope scope = Gatehouse.bind(context);
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      RuntimeException denied = accessDenied(e);
      if (denied == null || response.isCommitted()) {
        throw e;
      }
      response.reset();
      write(enforcement.denied(denied), response);
    } finally {
      scope.close();
    }
  }

  /** Gatehouse's AccessDeniedException in the cause chain (of any class loader's copy), or null. */
  private static RuntimeException accessDenied(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
        if (c.getName().equals(DENIED_CLASS)) {
          return (RuntimeException) t;
        }
      }
    }
    return null;
  }

  private static void write(HttpOutcome outcome, HttpServletResponse response) throws IOException {
    response.setStatus(outcome.status());
    for (Map.Entry<String, List<String>> h : outcome.headers().entrySet()) {
      for (String value : h.getValue()) {
        response.addHeader(h.getKey(), value);
      }
    }
    byte[] body = outcome.body();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  @Override
  public void destroy() {
    if (installedHandler) {
      Gatehouse.install(null);
    }
    if (owned) {
      enforcement.close();
    }
  }
}
