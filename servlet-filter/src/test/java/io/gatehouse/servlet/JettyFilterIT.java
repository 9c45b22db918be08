package io.gatehouse.servlet;

import java.nio.file.Path;

/** {@link FilterContract} on embedded Jetty 12 (ee10, Servlet 6.0). */
class JettyFilterIT extends FilterContract {
  @Override
  TestServer serve(Path config) throws Exception {
    return EmbeddedServer.jetty(config, TestServer.Registration.FILTER);
  }
}
