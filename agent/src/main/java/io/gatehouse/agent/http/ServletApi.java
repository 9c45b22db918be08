package io.gatehouse.agent.http;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * The methods of one class loader's {@code jakarta.servlet} API that the agent calls, as method
 * handles looked up once on the public interfaces (never on the container's own, often non-public,
 * implementation classes). One instance per request class, cached in {@link #of(Class)}.
 */
final class ServletApi {
  private static final ClassValue<ServletApi> BY_REQUEST_CLASS = new ClassValue<>() {
    @Override
    protected ServletApi computeValue(Class<?> type) {
      return find(type);
    }
  };

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final MethodType ONE_ARG = MethodType.methodType(Object.class, Object.class, Object.class);

  private final Class<?> requestType;
  private final Class<?> responseType;
  private final MethodHandle method;
  private final MethodHandle requestUri;
  private final MethodHandle contextPath;
  private final MethodHandle queryString;
  private final MethodHandle protocol;
  private final MethodHandle contentType;
  private final MethodHandle characterEncoding;
  private final MethodHandle inputStream;
  private final MethodHandle headers;
  private final MethodHandle headerNames;
  private final MethodHandle remoteAddr;
  private final MethodHandle secure;
  private final MethodHandle userPrincipal;
  private final MethodHandle getAttribute;
  private final MethodHandle setAttribute;
  private final MethodHandle setStatus;
  private final MethodHandle addHeader;
  private final MethodHandle setContentLength;
  private final MethodHandle outputStream;
  private final MethodHandle committed;
  private final MethodHandle reset;

  private ServletApi(Class<?> request, Class<?> response) throws ReflectiveOperationException {
    Class<?> servletRequest = Class.forName("jakarta.servlet.ServletRequest", false, request.getClassLoader());
    Class<?> servletResponse = Class.forName("jakarta.servlet.ServletResponse", false, request.getClassLoader());
    this.requestType = request;
    this.responseType = response;
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    method = getter(lookup, request, "getMethod", String.class);
    requestUri = getter(lookup, request, "getRequestURI", String.class);
    contextPath = getter(lookup, request, "getContextPath", String.class);
    queryString = getter(lookup, request, "getQueryString", String.class);
    protocol = getter(lookup, servletRequest, "getProtocol", String.class);
    contentType = getter(lookup, servletRequest, "getContentType", String.class);
    characterEncoding = getter(lookup, servletRequest, "getCharacterEncoding", String.class);
    inputStream = getter(lookup, servletRequest, "getInputStream",
        Class.forName("jakarta.servlet.ServletInputStream", false, request.getClassLoader()));
    headers = lookup.findVirtual(request, "getHeaders", MethodType.methodType(Enumeration.class, String.class))
        .asType(ONE_ARG);
    headerNames = getter(lookup, request, "getHeaderNames", Enumeration.class);
    remoteAddr = getter(lookup, servletRequest, "getRemoteAddr", String.class);
    secure = getter(lookup, servletRequest, "isSecure", boolean.class);
    userPrincipal = getter(lookup, request, "getUserPrincipal", java.security.Principal.class);
    getAttribute = lookup.findVirtual(servletRequest, "getAttribute", MethodType.methodType(Object.class, String.class))
        .asType(ONE_ARG);
    setAttribute = lookup.findVirtual(servletRequest, "setAttribute",
        MethodType.methodType(void.class, String.class, Object.class))
        .asType(MethodType.methodType(void.class, Object.class, Object.class, Object.class));
    setStatus = lookup.findVirtual(response, "setStatus", MethodType.methodType(void.class, int.class))
        .asType(MethodType.methodType(void.class, Object.class, int.class));
    addHeader = lookup.findVirtual(response, "addHeader", MethodType.methodType(void.class, String.class, String.class))
        .asType(MethodType.methodType(void.class, Object.class, Object.class, Object.class));
    setContentLength = lookup.findVirtual(servletResponse, "setContentLength", MethodType.methodType(void.class, int.class))
        .asType(MethodType.methodType(void.class, Object.class, int.class));
    outputStream = getter(lookup, servletResponse, "getOutputStream",
        Class.forName("jakarta.servlet.ServletOutputStream", false, request.getClassLoader()));
    committed = getter(lookup, servletResponse, "isCommitted", boolean.class);
    reset = lookup.findVirtual(servletResponse, "reset", MethodType.methodType(void.class))
        .asType(MethodType.methodType(void.class, Object.class));
  }

  private static MethodHandle getter(MethodHandles.Lookup lookup, Class<?> type, String name, Class<?> result)
      throws ReflectiveOperationException {
    return lookup.findVirtual(type, name, MethodType.methodType(result)).asType(GETTER);
  }

  /**
   * The servlet API of a request's class, or null if the request is not an {@code HttpServletRequest}
   * (or its loader sees no servlet API).
   */
  static ServletApi of(Class<?> requestClass) {
    return BY_REQUEST_CLASS.get(requestClass);
  }

  private static ServletApi find(Class<?> requestClass) {
    ClassLoader loader = requestClass.getClassLoader();
    try {
      Class<?> request = Class.forName("jakarta.servlet.http.HttpServletRequest", false, loader);
      Class<?> response = Class.forName("jakarta.servlet.http.HttpServletResponse", false, loader);
      if (!request.isAssignableFrom(requestClass)) {
        return null;
      }
      return new ServletApi(request, response);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  /** This API's {@code jakarta.servlet.http.HttpServletRequest}. */
  Class<?> requestType() {
    return requestType;
  }

  /** True if the response belongs to this API. */
  boolean isResponse(Object response) {
    return responseType.isInstance(response);
  }

  String method(Object request) {
    return (String) call(method, request);
  }

  String requestUri(Object request) {
    return (String) call(requestUri, request);
  }

  String contextPath(Object request) {
    return (String) call(contextPath, request);
  }

  String queryString(Object request) {
    return (String) call(queryString, request);
  }

  String protocol(Object request) {
    return (String) call(protocol, request);
  }

  String contentType(Object request) {
    return (String) call(contentType, request);
  }

  String characterEncoding(Object request) {
    return (String) call(characterEncoding, request);
  }

  /** The request's body stream (a {@code ServletInputStream}); the application can no longer read it. */
  InputStream inputStream(Object request) {
    return (InputStream) call(inputStream, request);
  }

  List<String> headers(Object request, String name) {
    try {
      return list((Enumeration<?>) (Object) headers.invokeExact(request, (Object) name));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  List<String> headerNames(Object request) {
    return list((Enumeration<?>) call(headerNames, request));
  }

  String remoteAddr(Object request) {
    return (String) call(remoteAddr, request);
  }

  boolean secure(Object request) {
    return (Boolean) call(secure, request);
  }

  java.security.Principal userPrincipal(Object request) {
    return (java.security.Principal) call(userPrincipal, request);
  }

  Object attribute(Object request, String name) {
    try {
      return (Object) getAttribute.invokeExact(request, (Object) name);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  void setAttribute(Object request, String name, Object value) {
    try {
      setAttribute.invokeExact(request, (Object) name, value);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  void setStatus(Object response, int status) {
    try {
      setStatus.invokeExact(response, status);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  void addHeader(Object response, String name, String value) {
    try {
      addHeader.invokeExact(response, (Object) name, (Object) value);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  void setContentLength(Object response, int length) {
    try {
      setContentLength.invokeExact(response, length);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  OutputStream outputStream(Object response) {
    return (OutputStream) call(outputStream, response);
  }

  boolean committed(Object response) {
    return (Boolean) call(committed, response);
  }

  void reset(Object response) {
    try {
      reset.invokeExact(response);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private static Object call(MethodHandle getter, Object target) {
    try {
      return (Object) getter.invokeExact(target);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private static List<String> list(Enumeration<?> values) {
    List<String> out = new ArrayList<>();
    while (values != null && values.hasMoreElements()) {
      out.add(String.valueOf(values.nextElement()));
    }
    return out;
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("servlet call failed: " + t, t);
  }
}
