package io.gatehouse.servlet;

/** {@link FilterContract} on a standalone Jetty 12 (ee10) started in its own JVM from its XML configuration. */
class StandaloneJettyFilterIT extends StandaloneFilterContract {
  @Override
  Standalone kind() {
    return Standalone.JETTY;
  }

  @Override
  String banner() {
    return "jetty-" + System.getProperty("gatehouse.test.jetty.version") + ";";
  }
}
