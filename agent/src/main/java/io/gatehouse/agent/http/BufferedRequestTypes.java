package io.gatehouse.agent.http;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationHandler;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.FieldManifestation;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.FieldAccessor;
import net.bytebuddy.implementation.InvocationHandlerAdapter;
import net.bytebuddy.implementation.MethodCall;

/**
 * The request wrapper and input stream that serve a buffered body to the application, made for one
 * servlet API: a subclass of its {@code jakarta.servlet.http.HttpServletRequestWrapper} and one of its
 * {@code jakarta.servlet.ServletInputStream}, generated at the first signed body of that API, each in
 * a class loader of its own whose parent is the servlet API's. Their overridden methods call a {@link
 * InvocationHandler} (a JDK type: nothing of the agent's own class loader must be visible to them),
 * {@link BufferedBodyHandler} and {@link BufferedStreamHandler}. Made once per servlet API class
 * loader ({@link #of(Class)}).
 */
final class BufferedRequestTypes {
  private static final String HANDLER = "gatehouseHandler";
  private static final String GENERATED = "io.gatehouse.agent.generated.";
  private static final MethodType MAKE_REQUEST = MethodType.methodType(Object.class, Object.class, InvocationHandler.class);
  private static final MethodType MAKE_STREAM = MethodType.methodType(Object.class, InvocationHandler.class);

  private static final ClassValue<BufferedRequestTypes> BY_REQUEST_TYPE = new ClassValue<>() {
    @Override
    protected BufferedRequestTypes computeValue(Class<?> httpServletRequest) {
      try {
        return new BufferedRequestTypes(httpServletRequest);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make a request wrapper for the servlet API of "
            + httpServletRequest.getClassLoader() + ": " + e, e);
      }
    }
  };

  private final MethodHandle newRequest;
  private final MethodHandle newStream;

  private BufferedRequestTypes(Class<?> httpServletRequest) throws ReflectiveOperationException {
    ClassLoader loader = httpServletRequest.getClassLoader();
    Class<?> wrapper = Class.forName("jakarta.servlet.http.HttpServletRequestWrapper", false, loader);
    Class<?> stream = Class.forName("jakarta.servlet.ServletInputStream", false, loader);
    Class<?> request = new ByteBuddy()
        .subclass(wrapper, ConstructorStrategy.Default.NO_CONSTRUCTORS)
        .name(GENERATED + "BufferedBodyRequest")
        .defineField(HANDLER, InvocationHandler.class, Visibility.PRIVATE, FieldManifestation.FINAL)
        .defineConstructor(Visibility.PUBLIC).withParameters(httpServletRequest, InvocationHandler.class)
        .intercept(MethodCall.invoke(wrapper.getConstructor(httpServletRequest)).withArgument(0)
            .andThen(FieldAccessor.ofField(HANDLER).setsArgumentAt(1)))
        .method(named("getInputStream").or(named("getReader")).or(named("getParameterMap"))
            .or(named("getParameterNames")).or(named("getContentLength")).or(named("getContentLengthLong"))
            .and(takesArguments(0))
            .or(named("getParameter").or(named("getParameterValues")).and(takesArguments(String.class))))
        .intercept(InvocationHandlerAdapter.toField(HANDLER))
        .make()
        .load(loader, ClassLoadingStrategy.Default.WRAPPER)
        .getLoaded();
    Class<?> input = new ByteBuddy()
        .subclass(stream, ConstructorStrategy.Default.NO_CONSTRUCTORS)
        .name(GENERATED + "BufferedBodyStream")
        .defineField(HANDLER, InvocationHandler.class, Visibility.PRIVATE, FieldManifestation.FINAL)
        .defineConstructor(Visibility.PUBLIC).withParameters(InvocationHandler.class)
        .intercept(MethodCall.invoke(stream.getDeclaredConstructor())
            .andThen(FieldAccessor.ofField(HANDLER).setsArgumentAt(0)))
        .method(named("read").and(takesArguments(0).or(takesArguments(byte[].class, int.class, int.class)))
            .or(named("available").or(named("isFinished")).or(named("isReady")).and(takesArguments(0)))
            .or(named("setReadListener").and(takesArguments(1)).and(takesArgument(0,
                named("jakarta.servlet.ReadListener")))))
        .intercept(InvocationHandlerAdapter.toField(HANDLER))
        .make()
        .load(loader, ClassLoadingStrategy.Default.WRAPPER)
        .getLoaded();
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    newRequest = lookup.findConstructor(request,
        MethodType.methodType(void.class, httpServletRequest, InvocationHandler.class)).asType(MAKE_REQUEST);
    newStream = lookup.findConstructor(input, MethodType.methodType(void.class, InvocationHandler.class))
        .asType(MAKE_STREAM);
  }

  /**
   * The types of the servlet API whose {@code HttpServletRequest} is given, made at the first call.
   *
   * @throws IllegalStateException if they cannot be made
   */
  static BufferedRequestTypes of(Class<?> httpServletRequest) {
    return BY_REQUEST_TYPE.get(httpServletRequest);
  }

  /** A request wrapper over the request that answers the body's methods with the handler. */
  Object wrap(Object request, InvocationHandler handler) {
    try {
      return (Object) newRequest.invokeExact(request, handler);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("cannot wrap the request: " + t, t);
    }
  }

  /** A {@code ServletInputStream} whose methods the handler answers. */
  InputStream stream(InvocationHandler handler) {
    try {
      return (InputStream) (Object) newStream.invokeExact(handler);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("cannot make the body's stream: " + t, t);
    }
  }
}
