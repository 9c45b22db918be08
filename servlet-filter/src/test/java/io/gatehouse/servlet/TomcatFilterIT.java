package io.gatehouse.servlet;

/** {@link FilterContract} on embedded Tomcat 11 (Servlet 6.1). */
class TomcatFilterIT extends FilterContract {
  @Override
  TestServer.Kind kind() {
    return TestServer.Kind.TOMCAT;
  }
}
