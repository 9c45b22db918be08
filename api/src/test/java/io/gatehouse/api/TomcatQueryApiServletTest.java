package io.gatehouse.api;

/** {@link QueryApiServletTest} on Tomcat 11 (embedded). */
class TomcatQueryApiServletTest extends QueryApiServletTest {
  @Override
  ApiServer.Container container() {
    return ApiServer.Container.TOMCAT;
  }
}
