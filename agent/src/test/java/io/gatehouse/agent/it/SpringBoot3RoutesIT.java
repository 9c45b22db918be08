package io.gatehouse.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero-code HTTP enforcement of a Spring Boot 3 application that Gatehouse never touched ({@code
 * test-apps/spring-boot3-app}: Spring MVC on embedded Tomcat 10.1, an executable jar built by Spring
 * Boot's own parent and plugin, no Gatehouse dependency), started as {@code java
 * -javaagent:gatehouse-agent.jar=gatehouse.yaml -jar app.jar --server.port=0}. Everything Gatehouse
 * does here comes from the {@code routes} of that {@code gatehouse.yaml} and its account file.
 * Requests are signed by botocore. One server JVM serves every test.
 */
class SpringBoot3RoutesIT {
  static final Path APP = Path.of(System.getProperty("gatehouse.test.apps", "target/test-apps"), "spring-boot3-app.jar");
  static final String BOB = "arn:aws:iam::123456789012:user/bob";
  static final String BOB_KEY = "AKIABOB0000000000001";
  static final String BOB_SECRET = "bobSecretKey/K7MDENG/bPxRfiCYEXAMPLEKEY1";
  static final String ACCOUNTS = """
      AccountId: "123456789012"
      UserDetailList:
        - UserName: bob
          UserPolicyList:
            - PolicyName: catalog-reader
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: catalog:GetProduct
                    Resource: "arn:catalog:products::123456789012:product/*"
      AccessKeys:
        - {UserName: bob, AccessKeyId: AKIABOB0000000000001, SecretAccessKey: "bobSecretKey/K7MDENG/bPxRfiCYEXAMPLEKEY1"}
      """;
  static final String CONFIG = """
      accounts: [catalog.yaml]
      audit: {directory: audit}
      routes:
        - {method: GET, path: "/products/{id}", action: catalog:GetProduct,
           resource: "arn:catalog:products::${aws:PrincipalAccount}:product/{id}"}
        - {method: DELETE, path: "/products/{id}", action: catalog:WithdrawProduct,
           resource: "arn:catalog:products::${aws:PrincipalAccount}:product/{id}"}
      unmatched: deny
      authentication:
        sigv4: {service: catalog, regions: [us-east-1]}
      """;

  @TempDir
  static Path dir;
  static ServerJvm server;

  @BeforeAll
  static void startTheApplication() throws Exception {
    assertTrue(Files.isRegularFile(APP), "the Spring Boot 3 application is built: " + APP);
    HostJvm.write(dir.resolve("catalog.yaml"), ACCOUNTS);
    HostJvm.write(dir.resolve("gatehouse.yaml"), CONFIG);
    server = ServerJvm.start(ServerJvm.javaWithAgent(HostJvm.javaOfThisJvm(), "-jar", APP.toString(),
        "--server.port=0", "--server.address=127.0.0.1"), dir);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  static HttpResponse<String> asBob(String method, String path, String secret) throws Exception {
    return BotocoreSigner.send(server, method, path, "", Map.of(), BOB_KEY, secret, "catalog");
  }

  @Test
  void theApplicationIsSpringBoot3OnTomcat10WithNoGatehouseClass() throws IOException {
    List<String> libraries = new ArrayList<>();
    List<String> gatehouseClasses = new ArrayList<>();
    try (JarFile jar = new JarFile(APP.toFile())) {
      for (ZipEntry e : jar.stream().toList()) {
        if (e.getName().startsWith("io/gatehouse") || e.getName().contains("/io/gatehouse/")) {
          gatehouseClasses.add(e.getName());
        }
        if (e.getName().startsWith("BOOT-INF/lib/") && e.getName().endsWith(".jar")) {
          libraries.add(e.getName().substring("BOOT-INF/lib/".length()));
          try (InputStream in = jar.getInputStream(e)) {
            gatehouseClasses.addAll(gatehouseEntries(e.getName(), in));
          }
        }
      }
    }
    assertEquals(List.of(), gatehouseClasses);
    assertTrue(libraries.stream().anyMatch(l -> l.matches("spring-boot-3\\.5\\.\\d+\\.jar")), libraries.toString());
    assertTrue(libraries.stream().anyMatch(l -> l.matches("tomcat-embed-core-10\\.1\\.\\d+\\.jar")), libraries.toString());
    assertTrue(libraries.stream().noneMatch(l -> l.contains("gatehouse")), libraries.toString());
  }

  /** The {@code io/gatehouse} entries of a jar nested in the application's jar. */
  private static List<String> gatehouseEntries(String name, InputStream nested) throws IOException {
    List<String> found = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(nested)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith("io/gatehouse")) {
          found.add(name + "!/" + e.getName());
        }
      }
    }
    return found;
  }

  @Test
  void theRequestsAreServedByTheEmbeddedTomcat10() throws IOException {
    assertTrue(Files.readString(dir.resolve("stdout.txt")).contains("Starting Servlet engine: [Apache Tomcat/10.1."),
        "Spring Boot 3 starts its embedded Tomcat 10.1");
  }

  @Test
  void anAnonymousRequestIsRefusedBeforeTheController() throws Exception {
    HttpResponse<String> r = server.raw("/products/1", Map.of());
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"__type\":\"MissingAuthenticationToken\""), r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertFalse(r.body().contains("product 1"), r.body());
    server.awaitAuditEvent("\"type\":\"Anonymous\"", "\"eventName\":\"GetProduct\"", "\"decision\":\"ImplicitDeny\"",
        "\"path\":\"/products/1\"");
  }

  @Test
  void aSignedRequestTheRoutesAllowReachesTheControllerAndIsAudited() throws Exception {
    HttpResponse<String> r = asBob("GET", "/products/2", BOB_SECRET);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("product 2", r.body());
    server.awaitAuditEvent("\"eventName\":\"GetProduct\"", "\"decision\":\"Allow\"",
        "arn:catalog:products::123456789012:product/2", "\"arn\":\"" + BOB + "\"");
  }

  @Test
  void aSignedRequestNoPolicyAllowsIsRefused403WithoutReachingTheController() throws Exception {
    HttpResponse<String> r = asBob("DELETE", "/products/3", BOB_SECRET);
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"__type\":\"AccessDeniedException\""), r.body());
    assertTrue(r.body().contains("User: " + BOB + " is not authorized to perform: catalog:WithdrawProduct"), r.body());
    assertFalse(r.body().contains("withdrawn"), r.body());
    server.awaitAuditEvent("\"eventName\":\"WithdrawProduct\"", "\"decision\":\"ImplicitDeny\"", "product/3",
        "\"arn\":\"" + BOB + "\"");
  }

  @Test
  void aBadSignatureIsRefused401() throws Exception {
    HttpResponse<String> r = asBob("GET", "/products/4", "wrong" + BOB_SECRET);
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().contains("SignatureDoesNotMatch"), r.body());
    assertFalse(r.body().contains("product 4"), r.body());
  }

  @Test
  void aPathNoRouteMatchesIsDenied() throws Exception {
    HttpResponse<String> r = asBob("GET", "/products", BOB_SECRET);
    assertEquals(403, r.statusCode(), r.body());
    assertFalse(r.body().contains("3 products"), r.body());
    server.awaitAuditEvent("\"decision\":\"ImplicitDeny\"", "no route matches GET /products", "\"arn\":\"" + BOB + "\"");
  }
}
