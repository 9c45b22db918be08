package com.example.orders;

import static com.example.orders.OrdersFixture.BOB;
import static com.example.orders.OrdersFixture.BOB_KEY;
import static com.example.orders.OrdersFixture.BOB_PASSWORD;
import static com.example.orders.OrdersFixture.BOB_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order service, a Spring Boot 3.5 executable jar on its embedded Tomcat 10.1 that registers
 * {@code GatehouseFilter} with a {@code FilterRegistrationBean}, run as {@code java -jar app.jar
 * --gatehouse.config=gatehouse.yaml} in a JVM of its own (one for the whole class) and called over
 * real HTTP: by {@code curl --aws-sigv4} and by {@code java.net.http}.
 */
class OrdersApplicationIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static ApplicationJvm app;

  @BeforeAll
  static void startTheApplication() throws Exception {
    assertTrue(Files.isRegularFile(ApplicationJvm.JAR), "the application is built: " + ApplicationJvm.JAR);
    app = ApplicationJvm.start(OrdersFixture.write(dir, OrdersFixture.CONFIG));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static HttpResponse<String> asBob(String method, String path, Map<String, String> headers)
      throws Exception {
    Map<String, String> all = new java.util.HashMap<>(headers);
    all.put("Authorization", OrdersFixture.basic("bob", BOB_PASSWORD));
    return app.send(method, path, all);
  }

  private static HttpResponse<String> anonymous(String path) throws Exception {
    return app.send("GET", path, Map.of());
  }

  /** Asserts an answer of the filter: status, JSON content type, {@code __type}; returns the message. */
  private static String assertAnswer(HttpResponse<String> r, int status, String type) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0], r.body());
    JsonNode body = JSON.readTree(r.body());
    assertEquals(type, body.path("__type").asText(), r.body());
    return body.path("message").asText();
  }

  @Test
  void theApplicationIsSpringBoot3OnTomcat10WithTheFilterInItsJar() throws IOException {
    List<String> libraries;
    try (JarFile jar = new JarFile(ApplicationJvm.JAR.toFile())) {
      libraries = jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith("BOOT-INF/lib/"))
          .map(n -> n.substring("BOOT-INF/lib/".length())).toList();
    }
    assertTrue(libraries.stream().anyMatch(l -> l.matches("spring-boot-3\\.5\\.\\d+\\.jar")), libraries.toString());
    assertTrue(libraries.stream().anyMatch(l -> l.matches("tomcat-embed-core-10\\.1\\.\\d+\\.jar")), libraries.toString());
    assertTrue(libraries.contains("gatehouse-servlet-filter-0.1.0-SNAPSHOT.jar"), libraries.toString());
    String output = app.output();
    assertTrue(output.contains("Starting Servlet engine: [Apache Tomcat/10.1."), output);
    assertTrue(output.contains(":: Spring Boot ::") && output.contains("(v3.5."), output);
  }

  @Test
  void aRequestSignedByCurlReachesTheControllerWithItsCallerBound() throws Exception {
    Curl.Response r = Curl.signedGet(app.uri("/orders/7"), BOB_KEY, BOB_SECRET);
    assertEquals(200, r.status(), r.headers() + r.body());
    assertEquals("order 7 read by " + BOB, r.body());
    String event = app.awaitAuditEvent("\"eventName\":\"GetOrder\"", "\"decision\":\"Allow\"",
        "arn:shop:orders::123456789012:order/7", "\"accessKeyId\":\"" + BOB_KEY + "\"");
    assertTrue(event.contains("\"enforcementPoint\":\"filter\""), event);
    assertTrue(event.contains("\"userAgent\":\"curl/"), event);
  }

  @Test
  void anAsynchronousControllerMethodRunsAsTheCallerOnSpringsTaskExecutor() throws Exception {
    HttpResponse<String> r = asBob("GET", "/orders/5/status", Map.of());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().startsWith("order 5 shipped, looked up on task-"), r.body());
    assertTrue(r.body().endsWith(" for " + BOB), r.body());
  }

  @Test
  void aBadSignatureIsRefused401BeforeTheController() throws Exception {
    Curl.Response r = Curl.signedGet(app.uri("/orders/8"), BOB_KEY, "wrong" + BOB_SECRET);
    assertEquals(401, r.status(), r.body());
    assertTrue(r.body().startsWith("{\"__type\":\"SignatureDoesNotMatch\""), r.body());
    assertTrue(r.headers().toLowerCase().contains("www-authenticate: aws4-hmac-sha256"), r.headers());
    assertFalse(r.body().contains("order 8"), r.body());
  }

  @Test
  void anAnonymousRequestIsRefused401WithAwsErrorJson() throws Exception {
    HttpResponse<String> r = anonymous("/orders/9");
    String message = assertAnswer(r, 401, "MissingAuthenticationToken");
    assertTrue(message.startsWith("User: Anonymous is not authorized to perform: shop:GetOrder"), message);
    assertFalse(r.headers().allValues("WWW-Authenticate").isEmpty(), "no WWW-Authenticate");
    app.awaitAuditEvent("\"type\":\"Anonymous\"", "\"eventName\":\"GetOrder\"", "\"decision\":\"ImplicitDeny\"",
        "\"path\":\"/orders/9\"");
  }

  @Test
  void anonymousCallersReadWhatAResourcePolicyAllows() throws Exception {
    HttpResponse<String> r = anonymous("/public/welcome");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("public page welcome", r.body());
  }

  @Test
  void basicWithThePasswordIsAcceptedAndAWrongOneRefused() throws Exception {
    HttpResponse<String> r = asBob("GET", "/orders/10", Map.of());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("order 10 read by " + BOB, r.body());

    HttpResponse<String> wrong = app.send("GET", "/orders/10",
        Map.of("Authorization", OrdersFixture.basic("bob", "not-" + BOB_PASSWORD)));
    assertAnswer(wrong, 401, "NotAuthorized");
    assertFalse(wrong.body().contains("read by"), wrong.body());
  }

  @Test
  void anEncodedDotSegmentDoesNotTakeAPublicRouteToTheAdminPage() throws Exception {
    // An encoded dot segment would take a route that lets anyone in to a path only administrators
    // may see: the filter refuses it before anything below decides what it means.
    for (String attack : List.of("/public/%2e%2e/admin", "/public/%2E%2E/admin", "/public/.%2e/admin")) {
      HttpResponse<String> r = anonymous(attack);
      assertAnswer(r, 400, "InvalidURI");
      assertFalse(r.body().contains("admin page"), attack + ": " + r.body());
    }
    // An encoded slash is refused too (here by Tomcat, which rejects it first).
    HttpResponse<String> slash = anonymous("/public/..%2Fadmin");
    assertEquals(400, slash.statusCode(), slash.body());
    assertFalse(slash.body().contains("admin page"), slash.body());
    // A plain dot segment is resolved first, and the admin route decides.
    HttpResponse<String> resolved = anonymous("/public/../admin");
    assertAnswer(resolved, 401, "MissingAuthenticationToken");
    assertFalse(resolved.body().contains("admin page"), resolved.body());
    app.awaitAuditEvent("\"eventName\":\"Administer\"", "\"decision\":\"ImplicitDeny\"", "\"type\":\"Anonymous\"");
    assertTrue(assertAnswer(asBob("GET", "/admin", Map.of()), 403, "AccessDeniedException")
        .startsWith("User: " + BOB + " is not authorized to perform: shop:Administer"));
  }

  @Test
  void aHeaderMappedToAContextKeyReachesTheCondition() throws Exception {
    HttpResponse<String> web = asBob("PUT", "/orders/3", Map.of("X-Channel", "web"));
    assertEquals(200, web.statusCode(), web.body());
    assertEquals("order 3 changed through web by " + BOB, web.body());

    HttpResponse<String> phone = asBob("PUT", "/orders/3", Map.of("X-Channel", "phone"));
    String message = assertAnswer(phone, 403, "AccessDeniedException");
    assertTrue(message.startsWith("User: " + BOB + " is not authorized to perform: shop:ChangeOrder on resource: "
        + "arn:shop:orders::123456789012:order/3"), message);
    assertFalse(phone.body().contains("changed"), phone.body());
  }

  @Test
  void anAccessDeniedExceptionFromTheControllerIsTheFilters403() throws Exception {
    HttpResponse<String> allowed = asBob("POST", "/orders/1/refund", Map.of());
    assertEquals(200, allowed.statusCode(), allowed.body());
    assertEquals("order 1 refunded by " + BOB, allowed.body());

    HttpResponse<String> denied = asBob("POST", "/orders/2/refund", Map.of());
    String message = assertAnswer(denied, 403, "AccessDeniedException");
    assertTrue(message.startsWith("User: " + BOB + " is not authorized to perform: shop:RefundOrder on resource: "
        + "arn:shop:orders::123456789012:order/2"), message);
    assertFalse(denied.body().contains("refunded"), denied.body());
    assertFalse(denied.body().contains("Exception:") || denied.body().contains("\tat "), denied.body());
    // The route let bob ask; Gatehouse.check in the controller refused the refund itself.
    app.awaitAuditEvent("\"eventName\":\"RequestRefund\"", "\"decision\":\"Allow\"", "order/2", BOB);
    app.awaitAuditEvent("\"eventName\":\"RefundOrder\"", "\"decision\":\"ImplicitDeny\"", "order/2", BOB,
        "\"enforcementPoint\":\"programmatic\"");
  }

  @Test
  void neitherTheAuditTrailNorTheLogCarriesASecret() throws Exception {
    Curl.signedGet(app.uri("/orders/11"), BOB_KEY, BOB_SECRET);
    asBob("GET", "/orders/12", Map.of());
    app.awaitAuditEvent("order/11", "\"decision\":\"Allow\"");
    app.awaitAuditEvent("order/12", "\"decision\":\"Allow\"");
    String trail = app.auditTrail();
    String output = app.output();
    for (String secret : List.of(BOB_SECRET, BOB_PASSWORD)) {
      assertFalse(trail.contains(secret), "the audit trail holds a secret");
      assertFalse(output.contains(secret), "the application's log holds a secret");
    }
  }
}
