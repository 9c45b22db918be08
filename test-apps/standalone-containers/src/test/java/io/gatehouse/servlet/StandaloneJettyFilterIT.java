package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FilterContract} on a standalone Jetty 12 (ee10) started in its own JVM from its XML
 * configuration, the filter declared in the deployed archive's {@code web.xml} and its {@code
 * gatehouse.yaml} named by {@code -Dgatehouse.config}.
 */
class StandaloneJettyFilterIT extends FilterContract {
  private StandaloneServer jetty;

  @Override
  TestServer serve(Path config) throws Exception {
    jetty = Standalone.JETTY.start(Standalone.filteredWar(), List.of("-Dgatehouse.config=" + config));
    return jetty;
  }

  @Test
  void theApplicationRunsInJettysWebAppContext() {
    String log = jetty.log();
    assertTrue(log.contains("jetty-" + System.getProperty("gatehouse.test.jetty.version")), log);
    assertTrue(log.contains("Started oeje10w.WebAppContext@"), log);
  }
}
