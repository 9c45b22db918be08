package io.gatehouse.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.annotation.Authorize;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web application in a real embedded servlet container, in a JVM started with the agent: an
 * exploded WAR built here (the servlet and an {@code @Authorize} service in {@code WEB-INF/classes},
 * the Gatehouse annotations in {@code WEB-INF/lib}), so that the enforced class is loaded by the
 * container's web-app class loader. Run on each container by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebContainerIT {
  static final String ALICE = "arn:aws:iam::123456789012:user/alice";
  static final String BOB = "arn:aws:iam::123456789012:user/bob";
  static final String ACCOUNTS = """
      AccountId: "123456789012"
      UserDetailList:
        - UserName: alice
          UserPolicyList:
            - PolicyName: invoices
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: billing:GetInvoice
                    Resource: "arn:billing:invoices::123456789012:invoice/*"
        - UserName: bob
      """;
  static final String CONFIG = """
      accounts: [billing.yaml]
      mode: enforce
      audit: {directory: audit}
      """;

  Path dir;
  ServerJvm server;

  /** The container's name: {@code jetty}, {@code tomcat}; its class path is {@code target/test-apps/NAME.classpath}. */
  abstract String container();

  /** The main class that starts the container on the WAR directory (compiled from {@code it-NAME}). */
  abstract String hostMainClass();

  /** The class name of the container's web-app class loader. */
  abstract String webAppClassLoader();

  @BeforeAll
  void startTheContainer(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    List<Path> containerClassPath = containerClassPath();
    Path hostClasses = HostJvm.compile("it-" + container(), dir.resolve("host-classes"), containerClassPath);
    Path war = explodedWar(containerClassPath);
    HostJvm.write(dir.resolve("billing.yaml"), ACCOUNTS);
    HostJvm.write(dir.resolve("gatehouse.yaml"), CONFIG);
    List<Path> cp = new ArrayList<>(containerClassPath);
    cp.add(hostClasses);
    server = ServerJvm.start(ServerJvm.javaWithAgent(HostJvm.javaOfThisJvm(), "-cp", HostJvm.classPath(cp),
        hostMainClass(), war.toString()), dir);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  List<Path> containerClassPath() throws IOException {
    Path file = Path.of(System.getProperty("gatehouse.test.apps", "target/test-apps"), container() + ".classpath");
    assertTrue(Files.isRegularFile(file), "the container's class path is written: " + file);
    return Stream.of(Files.readString(file).strip().split(java.io.File.pathSeparator)).map(Path::of).toList();
  }

  /** WEB-INF/web.xml, WEB-INF/classes (compiled here), WEB-INF/lib/gatehouse-annotations.jar. */
  Path explodedWar(List<Path> containerClassPath) throws IOException {
    Path war = dir.resolve("webapp");
    Path annotations = HostJvm.location(Authorize.class);
    List<Path> cp = new ArrayList<>(containerClassPath);
    cp.add(annotations);
    HostJvm.compile("it-war", war.resolve("WEB-INF/classes"), cp);
    Files.copy(HostJvm.resource("it-war").resolve("WEB-INF/web.xml"), war.resolve("WEB-INF/web.xml"));
    Files.createDirectories(war.resolve("WEB-INF/lib"));
    jar(annotations, war.resolve("WEB-INF/lib/gatehouse-annotations.jar"));
    return war;
  }

  /** Copies a jar, or packs a class directory (the reactor's annotations/target/classes) into one. */
  static void jar(Path from, Path to) throws IOException {
    if (Files.isRegularFile(from)) {
      Files.copy(from, to);
      return;
    }
    try (OutputStream file = Files.newOutputStream(to); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(from)) {
      files.filter(Files::isRegularFile).forEach(f -> {
        try {
          out.putNextEntry(new JarEntry(from.relativize(f).toString().replace('\\', '/')));
          Files.copy(f, out);
          out.closeEntry();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Test
  void allowedCallAnswers200() throws Exception {
    ServerJvm.Response r = server.send("GET", "/invoices/7", Map.of("X-Caller", ALICE));
    assertEquals(new ServerJvm.Response(200, "invoice 7"), r);
    server.awaitAuditEvent("\"eventName\":\"GetInvoice\"", "\"decision\":\"Allow\"", "invoice/7",
        "\"enforcementPoint\":\"agent\"");
  }

  @Test
  void theServiceIsLoadedByTheWebAppClassLoader() throws Exception {
    java.net.http.HttpResponse<String> r = server.raw("/invoices/8", Map.of("X-Caller", ALICE));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(webAppClassLoader(), r.headers().firstValue("X-Loader").orElse("none"));
  }

  @Test
  void deniedCallReachesTheContainerAndIsAudited() throws Exception {
    ServerJvm.Response r = server.send("GET", "/invoices/9", Map.of("X-Caller", BOB));
    assertEquals(500, r.status(), r.body());
    assertTrue(!r.body().contains("invoice 9"), r.body());
    String event = server.awaitAuditEvent("\"eventName\":\"GetInvoice\"", "\"decision\":\"ImplicitDeny\"",
        "invoice/9", "\"arn\":\"" + BOB + "\"");
    assertTrue(event.contains("\"mode\":\"enforce\""), event);
  }
}
