package io.gatehouse.servlet;

/** {@link FilterContract} on embedded Jetty 12 (ee10, Servlet 6.0). */
class JettyFilterIT extends FilterContract {
  @Override
  TestServer.Kind kind() {
    return TestServer.Kind.JETTY;
  }
}
