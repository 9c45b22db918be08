package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link FilterContract} on a standalone Jetty 12 (ee10) started in its own JVM from its XML configuration. */
class StandaloneJettyFilterIT extends StandaloneFilterContract {
  @Override
  Standalone kind() {
    return Standalone.JETTY;
  }

  @Test
  void theApplicationRunsInJettysWebAppContext() {
    String log = standalone.log();
    assertTrue(log.contains("jetty-" + System.getProperty("gatehouse.test.jetty.version")), log);
    assertTrue(log.contains("Started oeje10w.WebAppContext@"), log);
  }
}
