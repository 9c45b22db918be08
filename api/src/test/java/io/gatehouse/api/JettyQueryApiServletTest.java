package io.gatehouse.api;

/** {@link QueryApiServletTest} on Jetty 12 (ee10). */
class JettyQueryApiServletTest extends QueryApiServletTest {
  @Override
  ApiServer.Container container() {
    return ApiServer.Container.JETTY;
  }
}
