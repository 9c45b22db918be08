package io.gatehouse.servlet;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The standalone servers the tests deploy into, each started as its operator starts it. The build
 * unpacks the Tomcat distribution and writes Jetty's class path (see the module's {@code pom.xml}).
 */
enum Standalone {
  /** Apache Tomcat 10.1 (Servlet 6.0), as {@link #launchTomcat} starts it. */
  TOMCAT_10_1 {
    @Override
    StandaloneServer launch(Path war, List<String> javaOptions, int port) throws IOException, InterruptedException {
      return launchTomcat(Path.of(System.getProperty("gatehouse.test.tomcat.home")), war, javaOptions, port);
    }
  },

  /** Apache Tomcat 11 (Servlet 6.1), as {@link #launchTomcat} starts it. */
  TOMCAT_11 {
    @Override
    StandaloneServer launch(Path war, List<String> javaOptions, int port) throws IOException, InterruptedException {
      return launchTomcat(Path.of(System.getProperty("gatehouse.test.tomcat11.home")), war, javaOptions, port);
    }
  },

  /**
   * Jetty 12 started from its XML configuration ({@code jetty.xml}: a connector on a free port on
   * loopback and an ee10 {@code WebAppContext} for the archive under {@code /app}) by {@code
   * org.eclipse.jetty.xml.XmlConfiguration}, on a class path of Jetty's own jars and nothing else.
   */
  JETTY {
    @Override
    StandaloneServer launch(Path war, List<String> javaOptions, int port) throws IOException, InterruptedException {
      Path base = StandaloneServer.newBaseDir("jetty");
      Path jettyXml = base.resolve("jetty.xml");
      Files.copy(resource("jetty/jetty.xml"), jettyXml);
      Path tmp = Files.createDirectories(base.resolve("tmp"));
      Path webapps = Files.createDirectories(base.resolve("webapps"));
      Path deployed = Files.copy(war, webapps.resolve("app.war"));
      List<String> command = new ArrayList<>(List.of(StandaloneServer.java().toString(), "-Djava.io.tmpdir=" + tmp));
      command.addAll(javaOptions);
      command.addAll(List.of("-cp", Files.readString(Path.of(System.getProperty("gatehouse.test.jetty.classpath")))
          .strip(), "org.eclipse.jetty.xml.XmlConfiguration", "jetty.http.port=" + port, "app.war=" + deployed,
          jettyXml.toString()));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().keySet().removeAll(List.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS"));
      return StandaloneServer.start("Jetty", builder, base, port, Pattern.compile("Started (oejs\\.)?Server@"));
    }
  };

  /** The archive that declares {@code GatehouseFilter} in its {@code web.xml}. */
  static Path filteredWar() {
    return Path.of(System.getProperty("gatehouse.test.war"));
  }

  /** The same application without the filter and without Gatehouse other than its annotations. */
  static Path plainWar() {
    return Path.of(System.getProperty("gatehouse.test.plainwar"));
  }

  /**
   * Deploys the archive, starts the server on a free port with the given JVM options and waits until
   * it has started (on another port if one was taken meanwhile).
   */
  StandaloneServer start(Path war, List<String> javaOptions) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return launch(war, javaOptions, StandaloneServer.freePort());
      } catch (StandaloneServer.PortTaken e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  abstract StandaloneServer launch(Path war, List<String> javaOptions, int port)
      throws IOException, InterruptedException;

  /**
   * Starts Apache Tomcat from its distribution: {@code CATALINA_HOME} is the unpacked distribution, {@code
   * CATALINA_BASE} a directory of the test's own with the distribution's {@code conf/} (the HTTP
   * connector moved to a free port on loopback, the shutdown port closed), the archive in {@code
   * webapps/app.war}, started with {@code bin/catalina.sh run} and the options in {@code
   * CATALINA_OPTS}.
   */
  private static StandaloneServer launchTomcat(Path home, Path war, List<String> javaOptions, int port)
      throws IOException, InterruptedException {
    Path base = StandaloneServer.newBaseDir("tomcat");
    copyTree(home.resolve("conf"), base.resolve("conf"));
    for (String dir : List.of("logs", "temp", "webapps", "work")) {
      Files.createDirectories(base.resolve(dir));
    }
    Path serverXml = base.resolve("conf/server.xml");
    String xml = Files.readString(serverXml);
    if (!xml.contains("<Server port=\"8005\"") || !xml.contains("<Connector port=\"8080\"")) {
      throw new IllegalStateException("unexpected conf/server.xml in " + home);
    }
    Files.writeString(serverXml, xml.replace("<Server port=\"8005\"", "<Server port=\"-1\"")
        .replace("<Connector port=\"8080\"", "<Connector port=\"" + port + "\" address=\"127.0.0.1\""));
    // As Tomcat's documentation advises for a faster start: no jar of the application has TLDs or fragments.
    Files.writeString(base.resolve("conf/catalina.properties"),
        "\ntomcat.util.scan.StandardJarScanFilter.jarsToSkip=*.jar\n", StandardOpenOption.APPEND);
    Files.copy(war, base.resolve("webapps/app.war"));
    ProcessBuilder command = new ProcessBuilder("/bin/sh", home.resolve("bin/catalina.sh").toString(), "run");
    Map<String, String> env = command.environment();
    env.keySet().removeAll(List.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JRE_HOME", "CATALINA_PID"));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("CATALINA_HOME", home.toString());
    env.put("CATALINA_BASE", base.toString());
    // Without a connector Tomcat would still start: make it end, so that another port is tried.
    env.put("CATALINA_OPTS", String.join(" ", javaOptions)
        + " -Dorg.apache.catalina.startup.EXIT_ON_INIT_FAILURE=true");
    return StandaloneServer.start("Tomcat", command, base, port, Pattern.compile("Server startup in"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(Standalone.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
