package io.gatehouse.servlet;

/**
 * {@link FilterContract} on a standalone Apache Tomcat 11 started from its distribution with {@code
 * catalina.sh run}, {@code -Dgatehouse.config} in {@code CATALINA_OPTS}.
 */
class StandaloneTomcat11FilterIT extends StandaloneFilterContract {
  @Override
  Standalone kind() {
    return Standalone.TOMCAT_11;
  }

  @Override
  String banner() {
    return "Server version name:   Apache Tomcat/" + System.getProperty("gatehouse.test.tomcat11.version");
  }
}
