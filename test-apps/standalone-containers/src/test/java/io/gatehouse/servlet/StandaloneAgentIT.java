package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero-code route enforcement by the Java agent on a standalone Tomcat: the shop without the filter
 * (its {@code web.xml} names only the servlet, and it carries no Gatehouse jar but the annotations),
 * Tomcat started by {@code catalina.sh run} with {@code -javaagent:gatehouse-agent.jar=gatehouse.yaml}
 * in {@code CATALINA_OPTS}, the same routes and accounts as the filter's tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneAgentIT {
  private Path dir;
  private StandaloneServer tomcat;
  private Client client;

  @BeforeAll
  void start(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    Path config = ShopFixture.write(dir, "");
    Path agent = Path.of(System.getProperty("gatehouse.agent.jar")).toRealPath();
    tomcat = Standalone.TOMCAT_10_1.start(Standalone.plainWar(), List.of("-javaagent:" + agent + "=" + config));
    client = new Client(tomcat.base());
  }

  @AfterAll
  void stop() {
    if (tomcat != null) {
      tomcat.close();
    }
  }

  @Test
  void theApplicationCarriesNoFilter() throws Exception {
    try (ZipFile war = new ZipFile(Standalone.plainWar().toFile())) {
      List<String> libs = war.stream().map(e -> e.getName()).filter(n -> n.startsWith("WEB-INF/lib/"))
          .map(n -> n.substring("WEB-INF/lib/".length())).toList();
      assertTrue(libs.stream().anyMatch(n -> n.startsWith("gatehouse-annotations-")), libs.toString());
      // The servlet-filter's test jar holds the echo servlet; neither the filter nor core is there.
      assertTrue(libs.stream().filter(n -> n.startsWith("gatehouse-"))
          .allMatch(n -> n.startsWith("gatehouse-annotations-") || n.endsWith("-tests.jar")), libs.toString());
    }
    assertTrue(tomcat.log().contains("-javaagent:"), tomcat.log());
  }

  @Test
  void anAnonymousCallerIsAskedForCredentialsBeforeTheServletRuns() {
    HttpResponse<String> r = client.get("/orders/7");
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"__type\":\"MissingAuthenticationToken\""), r.body());
    assertFalse(r.body().contains("principal="), r.body());
  }

  @Test
  void aSigV4SignedRequestRunsTheServletAsTheKeysUser() {
    HttpResponse<String> r = client.signedAsBob("GET", "/orders/7", null, Map.of());
    assertEquals(200, r.statusCode(), r.body());
    // The application's own copy of the annotations sees the caller the agent bound.
    assertEquals(FilterContract.BOB, EchoServlet.field(r.body(), "principal"));
  }

  @Test
  void aBadSignatureIsRefused() {
    HttpResponse<String> r = client.signed("GET", "/orders/7", null, Map.of(), ShopFixture.BOB_KEY,
        "not-bobs-secret", null, "us-east-1", Instant.now(), null, Map.of());
    FilterContract.assertUnauthorized(r, "SignatureDoesNotMatch");
  }

  @Test
  void aRouteNoPolicyAllowsIsRefusedAndAudited() throws Exception {
    HttpResponse<String> r = client.signedAsBob("GET", "/orders/special", null, Map.of());
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"__type\":\"AccessDeniedException\""), r.body());
    String text = FilterContract.awaitAuditTrail(dir, "shop:GetSpecialOrder");
    String deny = text.lines().filter(l -> l.contains("shop:GetSpecialOrder")).findFirst().orElse("");
    assertTrue(deny.contains(FilterContract.BOB), text);
    assertFalse(text.contains(ShopFixture.BOB_SECRET), "the audit trail contains a secret");
  }
}
