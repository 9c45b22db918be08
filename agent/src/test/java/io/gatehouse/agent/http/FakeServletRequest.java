package io.gatehouse.agent.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A container's request for unit tests: a proxy of some class loader's {@code HttpServletRequest}
 * answering from fields; its body stream is an instance of a {@code ServletInputStream} subclass the
 * test gives. Counts how often the body stream was asked for.
 */
final class FakeServletRequest implements InvocationHandler {
  final Map<String, List<String>> headers = new LinkedHashMap<>();
  final Map<String, Object> attributes = new HashMap<>();
  String method = "POST";
  String uri = "/orders/7";
  String query;
  String protocol = "HTTP/1.1";
  String contentType;
  String characterEncoding;
  InputStream stream = new ByteArrayInputStream(new byte[0]);
  int streamsAsked;

  /** A proxy of the {@code HttpServletRequest} interface given (from any class loader). */
  Object proxy(Class<?> httpServletRequest) {
    return Proxy.newProxyInstance(httpServletRequest.getClassLoader(), new Class<?>[] {httpServletRequest}, this);
  }

  FakeServletRequest header(String name, String value) {
    headers.put(name.toLowerCase(Locale.ROOT), List.of(value));
    return this;
  }

  @Override
  public Object invoke(Object proxy, Method m, Object[] args) {
    switch (m.getName()) {
      case "getMethod":
        return method;
      case "getRequestURI":
        return uri;
      case "getContextPath":
        return "";
      case "getQueryString":
        return query;
      case "getProtocol":
        return protocol;
      case "getContentType":
        return contentType;
      case "getCharacterEncoding":
        return characterEncoding;
      case "getHeaders":
        return Collections.enumeration(headers.getOrDefault(((String) args[0]).toLowerCase(Locale.ROOT), List.of()));
      case "getHeaderNames":
        return Collections.enumeration(headers.keySet());
      case "getRemoteAddr":
        return "127.0.0.1";
      case "isSecure":
        return false;
      case "getUserPrincipal":
        return null;
      case "getAttribute":
        return attributes.get((String) args[0]);
      case "setAttribute":
        attributes.put((String) args[0], args[1]);
        return null;
      case "getInputStream":
        streamsAsked++;
        return stream;
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      case "toString":
        return "FakeServletRequest";
      default:
        throw new UnsupportedOperationException(m.getName());
    }
  }
}
