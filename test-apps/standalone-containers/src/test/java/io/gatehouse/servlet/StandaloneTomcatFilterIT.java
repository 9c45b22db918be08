package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link FilterContract} on a standalone Apache Tomcat started from its distribution with {@code
 * catalina.sh run}, {@code -Dgatehouse.config} in {@code CATALINA_OPTS}.
 */
class StandaloneTomcatFilterIT extends StandaloneFilterContract {
  @Override
  Standalone kind() {
    return Standalone.TOMCAT;
  }

  @Test
  void theApplicationRunsInTheDistributionsTomcat() {
    String log = standalone.log();
    assertTrue(log.contains("Apache Tomcat/" + System.getProperty("gatehouse.test.tomcat.version")), log);
    assertTrue(log.contains("Deployment of web application archive ["
        + standalone.baseDir().resolve("webapps/app.war") + "] has finished"), log);
  }
}
