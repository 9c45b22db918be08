package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.catalina.util.ServerInfo;
import org.junit.jupiter.api.Test;

/**
 * {@link FilterContract} on embedded Tomcat: 11 (Servlet 6.1), and 10.1 (Servlet 6.0) in a failsafe
 * execution of its own whose class path has Tomcat 10.1 in place of 11.
 */
class TomcatFilterIT extends FilterContract {
  @Override
  TestServer serve(Path config) throws Exception {
    return EmbeddedServer.tomcat(config, TestServer.Registration.FILTER);
  }

  @Test
  void runsOnTheTomcatTheBuildNames() {
    assertEquals(System.getProperty("gatehouse.test.tomcat"), ServerInfo.getServerNumber().replaceAll("\\.0$", ""),
        ServerInfo.getServerInfo());
  }
}
