package io.gatehouse.servlet;

/**
 * {@link FilterContract} on a standalone Apache Tomcat 10.1 started from its distribution with {@code
 * catalina.sh run}, {@code -Dgatehouse.config} in {@code CATALINA_OPTS}.
 */
class StandaloneTomcatFilterIT extends StandaloneFilterContract {
  @Override
  Standalone kind() {
    return Standalone.TOMCAT_10_1;
  }

  @Override
  String banner() {
    return "Server version name:   Apache Tomcat/" + System.getProperty("gatehouse.test.tomcat.version");
  }
}
