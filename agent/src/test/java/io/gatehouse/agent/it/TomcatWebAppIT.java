package io.gatehouse.agent.it;

/** The web application in embedded Tomcat 11, under the agent. */
class TomcatWebAppIT extends WebContainerIT {
  @Override
  String container() {
    return "tomcat";
  }

  @Override
  String hostMainClass() {
    return "containers.TomcatHost";
  }

  @Override
  String webAppClassLoader() {
    return "org.apache.catalina.loader.ParallelWebappClassLoader";
  }
}
