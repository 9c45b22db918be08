package io.gatehouse.agent.http;

import io.gatehouse.http.internal.BufferedBody;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;

/**
 * Answers the methods of the generated request wrapper (see {@link BufferedRequestTypes}) from the
 * body read to check its signature: the stream and reader from the start of the body, its length,
 * and the parameters of the query string and of a form body (the container would parse them from
 * the stream the agent has read). Everything else the wrapper passes on to the container's request.
 */
final class BufferedBodyHandler implements InvocationHandler {
  private final ServletApi api;
  private final Object request;
  private final BufferedBody body;
  private final BufferedRequestTypes types;

  BufferedBodyHandler(ServletApi api, Object request, byte[] body, BufferedRequestTypes types) {
    this.api = api;
    this.request = request;
    this.body = new BufferedBody(body);
    this.types = types;
  }

  @Override
  public Object invoke(Object wrapper, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "getInputStream":
        return types.stream(new BufferedStreamHandler(body.stream()));
      case "getReader":
        return body.reader(api.characterEncoding(request));
      case "getContentLength":
        return body.length();
      case "getContentLengthLong":
        return (long) body.length();
      case "getParameter": {
        String[] values = parameters().get((String) args[0]);
        return values == null || values.length == 0 ? null : values[0];
      }
      case "getParameterValues": {
        String[] values = parameters().get((String) args[0]);
        return values == null ? null : values.clone();
      }
      case "getParameterMap":
        return parameters();
      case "getParameterNames":
        return Collections.enumeration(parameters().keySet());
      default:
        throw new UnsupportedOperationException("not a body method: " + method);
    }
  }

  private Map<String, String[]> parameters() {
    return body.parameters(api.queryString(request), api.contentType(request), api.characterEncoding(request));
  }
}
