package containers;

import java.nio.file.Files;
import org.apache.catalina.startup.Tomcat;

/** Embedded Tomcat 11 serving the exploded WAR named by the first argument at "/". */
public final class TomcatHost {
  public static void main(String[] args) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    tomcat.setAddDefaultWebXmlToWebapp(false);
    tomcat.addWebapp("", args[0]);
    tomcat.start();
    System.out.println("LISTENING " + tomcat.getConnector().getLocalPort());
    tomcat.getServer().await();
  }
}
