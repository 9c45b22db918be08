package io.gatehouse.agent.it;

/** Zero-code HTTP enforcement of a web application in embedded Tomcat, under the agent. */
class ZeroCodeTomcatIT extends ZeroCodeWebAppIT {
  @Override
  String container() {
    return "tomcat";
  }

  @Override
  String hostMainClass() {
    return "containers.TomcatHost";
  }
}
