package io.gatehouse.agent.http;

import io.gatehouse.context.CallContext;
import io.gatehouse.context.internal.ContextWire;
import io.gatehouse.http.HttpEnforcement;
import io.gatehouse.http.HttpOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The agent's HTTP enforcement of servlet dispatch: decides each request with {@link HttpEnforcement}
 * (the servlet filter's logic), answers a refused one itself, and binds the caller of an allowed one
 * in the bootstrap bridge for the {@code @Authorize} methods below.
 *
 * <p>A request is decided once: the first dispatch marks it with {@link #DECIDED_ATTRIBUTE}, and later
 * dispatches of it (forwards, includes, asynchronous and error dispatches) bind the same caller again.
 * A request that Gatehouse's servlet filter decided already (it carries the filter's context
 * attribute) is left to the filter.
 */
public final class HttpDispatchEnforcer {
  /** The request attribute holding the caller (in context wire form) of a request decided here. */
  public static final String DECIDED_ATTRIBUTE = "io.gatehouse.agent.http.context";
  static final String FILTER_ATTRIBUTE = "io.gatehouse.servlet.GatehouseFilter.context";
  private static final String DENIED_CLASS = "io.gatehouse.AccessDeniedException";

  private final HttpEnforcement enforcement;
  private final Supplier<Map<String, Object>> bound;
  private final Consumer<Map<String, Object>> bind;
  private final Object answered;

  /**
   * Creates the enforcer.
   *
   * @param bound reads the context bound to the current thread (the bridge's)
   * @param bind binds a context to the current thread, null unbinds
   * @param answered the token that tells the advice to skip the servlet
   */
  public HttpDispatchEnforcer(HttpEnforcement enforcement, Supplier<Map<String, Object>> bound,
      Consumer<Map<String, Object>> bind, Object answered) {
    this.enforcement = Objects.requireNonNull(enforcement, "enforcement");
    this.bound = Objects.requireNonNull(bound, "bound");
    this.bind = Objects.requireNonNull(bind, "bind");
    this.answered = Objects.requireNonNull(answered, "answered");
  }

  /**
   * What the servlet's dispatch has to undo when it ends: the context bound before it; and the
   * request the servlet gets instead of the container's (one that serves a body read here), or null.
   */
  private record Scope(Map<String, Object> previous, ServletApi api, Object replacement) {}

  /**
   * Decides a request at the start of a servlet's dispatch (see {@code BridgeHandler#httpEnter}).
   * Fails closed: an error here answers the request with a deny rather than letting it through.
   */
  public Object enter(Object request, Object response) {
    ServletApi api = request == null ? null : ServletApi.of(request.getClass());
    if (api == null || !api.isResponse(response)) {
      return null;
    }
    if (api.attribute(request, FILTER_ATTRIBUTE) != null) {
      return null;
    }
    Object decided = api.attribute(request, DECIDED_ATTRIBUTE);
    if (decided instanceof Map<?, ?> wire) {
      @SuppressWarnings("unchecked")
      Map<String, Object> context = (Map<String, Object>) wire;
      return bindFor(context, api, null);
    }
    ServletRequestExchange exchange = new ServletRequestExchange(api, request);
    HttpOutcome outcome = enforcement.handle(exchange);
    if (!outcome.proceeds()) {
      write(api, response, outcome);
      return answered;
    }
    CallContext context = outcome.context().orElseThrow();
    Map<String, Object> wire = ContextWire.encode(context);
    api.setAttribute(request, DECIDED_ATTRIBUTE, wire);
    return bindFor(wire, api, exchange.replacement());
  }

  private Scope bindFor(Map<String, Object> context, ServletApi api, Object replacement) {
    Scope scope = new Scope(bound.get(), api, replacement);
    bind.accept(context);
    return scope;
  }

  /**
   * The request the servlet gets, once {@link #enter} let it through: a wrapper that serves the body
   * read to check its signature, or the container's request itself.
   *
   * @param token what {@link #enter} returned
   */
  public Object request(Object token, Object request) {
    return token instanceof Scope scope && scope.replacement() != null ? scope.replacement() : request;
  }

  /**
   * Ends a dispatch that {@link #enter} let through: restores the context bound before, and answers
   * Gatehouse's access denied (of any class loader's copy) with a 403 if the response is not
   * committed.
   *
   * @return what the dispatch throws now
   */
  public Throwable exit(Object token, Object response, Throwable thrown) {
    if (!(token instanceof Scope scope)) {
      return thrown;
    }
    bind.accept(scope.previous());
    RuntimeException denied = accessDenied(thrown);
    if (denied == null) {
      return thrown;
    }
    ServletApi api = scope.api();
    if (api.committed(response)) {
      return thrown;
    }
    api.reset(response);
    write(api, response, enforcement.denied(denied));
    return null;
  }

  private static void write(ServletApi api, Object response, HttpOutcome outcome) {
    api.setStatus(response, outcome.status());
    for (Map.Entry<String, List<String>> h : outcome.headers().entrySet()) {
      for (String value : h.getValue()) {
        api.addHeader(response, h.getKey(), value);
      }
    }
    byte[] body = outcome.body();
    api.setContentLength(response, body.length);
    try {
      OutputStream out = api.outputStream(response);
      out.write(body);
      out.flush();
    } catch (IOException e) {
      // The client went away; the deny was audited where it was decided.
    }
  }

  /** Gatehouse's AccessDeniedException in the cause chain, or null. */
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
}
