package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FilterContract} on a standalone Apache Tomcat started from its distribution with {@code
 * catalina.sh run}, the filter declared in the deployed archive's {@code web.xml} and its {@code
 * gatehouse.yaml} named by {@code -Dgatehouse.config} in {@code CATALINA_OPTS}.
 */
class StandaloneTomcatFilterIT extends FilterContract {
  private StandaloneServer tomcat;

  @Override
  TestServer serve(Path config) throws Exception {
    tomcat = Standalone.TOMCAT.start(Standalone.filteredWar(), List.of("-Dgatehouse.config=" + config));
    return tomcat;
  }

  @Test
  void theApplicationRunsInTheDistributionsTomcat() {
    String log = tomcat.log();
    assertTrue(log.contains("Apache Tomcat/" + System.getProperty("gatehouse.test.tomcat.version")), log);
    assertTrue(log.contains("Deployment of web application archive [" + tomcat.baseDir().resolve("webapps/app.war")
        + "] has finished"), log);
  }
}
