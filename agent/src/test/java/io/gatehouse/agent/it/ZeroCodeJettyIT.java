package io.gatehouse.agent.it;

/** Zero-code HTTP enforcement of a web application in embedded Jetty, under the agent. */
class ZeroCodeJettyIT extends ZeroCodeWebAppIT {
  @Override
  String container() {
    return "jetty";
  }

  @Override
  String hostMainClass() {
    return "containers.JettyHost";
  }
}
