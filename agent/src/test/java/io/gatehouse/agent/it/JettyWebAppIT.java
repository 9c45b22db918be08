package io.gatehouse.agent.it;

/** The web application in embedded Jetty 12 (ee10), under the agent. */
class JettyWebAppIT extends WebContainerIT {
  @Override
  String container() {
    return "jetty";
  }

  @Override
  String hostMainClass() {
    return "containers.JettyHost";
  }

  @Override
  String webAppClassLoader() {
    return "org.eclipse.jetty.ee.webapp.WebAppClassLoader";
  }
}
