package io.gatehouse.servlet;

import java.net.URI;

/**
 * A real servlet container on loopback running {@link EchoServlet} under {@code /app}, with the filter:
 * embedded ({@link EmbeddedServer}) or, in {@code test-apps/standalone-containers}, a standalone server.
 */
interface TestServer extends AutoCloseable {
  String CONTEXT = "/app";

  /** The base URI, e.g. {@code http://127.0.0.1:PORT/app}. */
  URI base();

  @Override
  void close();

  /** A started server and how to stop it. */
  record Running(URI base, AutoCloseable stopper) implements TestServer {
    @Override
    public void close() {
      try {
        stopper.close();
      } catch (Exception e) {
        throw new IllegalStateException("the server did not stop", e);
      }
    }
  }

  /** How the filter is put in front of the servlet. */
  enum Registration {
    /** Added as a filter with the configuration file. */
    FILTER,
    /** Added by {@link GatehouseInitializer}, which finds the file by the context init parameter. */
    INITIALIZER,
    /** Declared by class name with the file as its init parameter, as {@code web.xml} does. */
    DECLARED
  }
}
