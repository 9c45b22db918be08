package io.gatehouse.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web application on embedded Jetty that registers Gatehouse's servlet filter itself (the filter
 * and its libraries in {@code WEB-INF/lib}) and runs under the agent with the same {@code routes}:
 * each request is decided, and audited, once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilterAndAgentIT {
  Path dir;
  ServerJvm server;

  @BeforeAll
  void startTheContainer(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    Path file = Path.of(System.getProperty("gatehouse.test.apps", "target/test-apps"), "jetty.classpath");
    List<Path> containerClassPath = Stream.of(Files.readString(file).strip().split(java.io.File.pathSeparator))
        .map(Path::of).toList();
    Path hostClasses = HostJvm.compile("it-jetty", dir.resolve("host-classes"), containerClassPath);
    Path war = dir.resolve("webapp");
    HostJvm.compile("it-plainwar", war.resolve("WEB-INF/classes"), containerClassPath);
    Files.writeString(war.resolve("WEB-INF/web.xml"), Files.readString(HostJvm.resource("it-filterwar")
        .resolve("WEB-INF/web.xml")).replace("CONFIG", dir.resolve("gatehouse.yaml").toString()));
    Files.createDirectories(war.resolve("WEB-INF/lib"));
    // The filter and what it needs, as an application that uses it would bundle them.
    List<Class<?>> libraries = List.of(io.gatehouse.http.HttpEnforcement.class, io.gatehouse.Authorizer.class,
        io.gatehouse.annotation.Authorize.class, com.fasterxml.jackson.core.JsonFactory.class,
        org.yaml.snakeyaml.Yaml.class, org.apache.logging.log4j.LogManager.class,
        org.apache.logging.log4j.core.LoggerContext.class,
        org.apache.logging.log4j.layout.template.json.JsonTemplateLayout.class);
    for (int i = 0; i < libraries.size(); i++) {
      WebContainerIT.jar(HostJvm.location(libraries.get(i)), war.resolve("WEB-INF/lib/lib" + i + ".jar"));
    }
    HostJvm.write(dir.resolve("shop.yaml"), ZeroCodeWebAppIT.ACCOUNTS);
    HostJvm.write(dir.resolve("gatehouse.yaml"), ZeroCodeWebAppIT.CONFIG);
    List<Path> cp = new ArrayList<>(containerClassPath);
    cp.add(hostClasses);
    server = ServerJvm.start(ServerJvm.javaWithAgent(HostJvm.javaOfThisJvm(), "-cp", HostJvm.classPath(cp),
        "containers.JettyHost", war.toString()), dir);
  }

  @AfterAll
  void stop() throws InterruptedException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aRequestIsDecidedAndAuditedOnce() throws Exception {
    HttpResponse<String> r = BotocoreSigner.send(server, "GET", "/orders/21", "", Map.of(),
        ZeroCodeWebAppIT.BOB_KEY, ZeroCodeWebAppIT.BOB_SECRET);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("order 21", r.body());
    server.awaitAuditEvent("\"eventName\":\"GetOrder\"", "\"decision\":\"Allow\"", "order/21");
    Thread.sleep(1500);
    long events = Files.readAllLines(dir.resolve("audit/gatehouse-audit.log")).stream()
        .filter(e -> e.contains("order/21")).count();
    assertEquals(1, events, "one decision for one request");
  }

  @Test
  void aDeniedRequestIsAnsweredByTheFilter() throws Exception {
    HttpResponse<String> r = server.raw("/orders/22", Map.of());
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().contains("MissingAuthenticationToken"), r.body());
  }
}
