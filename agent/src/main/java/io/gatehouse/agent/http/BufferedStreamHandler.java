package io.gatehouse.agent.http;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Answers the methods of the generated {@code ServletInputStream} (see {@link BufferedRequestTypes})
 * from a body in memory: always ready, finished once read to its end; a read listener is told at once
 * that the data is available and then that all of it was read.
 */
final class BufferedStreamHandler implements InvocationHandler {
  private final InputStream in;

  BufferedStreamHandler(InputStream in) {
    this.in = in;
  }

  @Override
  public Object invoke(Object stream, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "read":
        return args == null || args.length == 0 ? in.read() : in.read((byte[]) args[0], (Integer) args[1],
            (Integer) args[2]);
      case "available":
        return in.available();
      case "isFinished":
        return in.available() == 0;
      case "isReady":
        return true;
      case "setReadListener":
        notify(method.getParameterTypes()[0], args[0]);
        return null;
      default:
        throw new UnsupportedOperationException("not a stream method: " + method);
    }
  }

  /** Tells the servlet API's {@code ReadListener} that the whole body is there, as the filter's stream does. */
  private static void notify(Class<?> readListener, Object listener) throws Throwable {
    if (listener == null) {
      throw new NullPointerException("listener");
    }
    try {
      try {
        readListener.getMethod("onDataAvailable").invoke(listener);
        readListener.getMethod("onAllDataRead").invoke(listener);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    } catch (IOException e) {
      readListener.getMethod("onError", Throwable.class).invoke(listener, e);
    }
  }
}
