package io.gatehouse.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the shop as {@code run.sh} does (its own JVM with the built agent jar and the sample's
 * configuration, copied to a temporary directory) and checks the answers its README shows, over
 * real HTTP: {@code java.net.http} and {@code curl --aws-sigv4}.
 */
class ShopIT {
  static final String ADMIN = "AKIASHOPADMIN0000001:shopAdminSecret/K7MDENG/bPxRfiCYDEMOKEY1";
  static final String SAM = "AKIASHOPSAM000000001:shopSamSecret/K7MDENG/bPxRfiCYDEMOKEY22";
  static final String SAM_SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  @TempDir
  static Path work;
  static Shop shop;
  static URI base;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startShop() throws Exception {
    shop = Shop.start(work);
    base = shop.base();
  }

  @AfterAll
  static void stopShop() throws InterruptedException {
    if (shop != null) {
      shop.close();
    }
  }

  @Test
  void anyoneBrowsesTheCatalogue() throws Exception {
    assertAnswer(200, "{\"id\":\"2\",\"name\":\"Kettle\",\"priceCents\":3900}", get("/products/2", null));
    HttpResponse<String> all = get("/products", null);
    assertEquals(200, all.statusCode());
    assertTrue(all.body().startsWith("[{\"id\":\"1\",\"name\":\"Teapot\""), all.body());
  }

  @Test
  void anonymousOrdersNeedCredentials() throws Exception {
    HttpResponse<String> r = get("/orders", null);
    assertAnswer(401, "{\"__type\":\"MissingAuthenticationToken\",\"message\":\"User: Anonymous is not authorized to "
        + "perform: shop:ListOrders on resource: arn:shop:orders::123456789012:order/* because no resource-based "
        + "policy allows the shop:ListOrders action\"}", r);
  }

  @Test
  void adminSignsWithCurl() throws Exception {
    List<String> answer = Shop.curl("--aws-sigv4", "aws:amz:us-east-1:shop", "--user", ADMIN, base + "/orders/2");
    assertEquals(List.of("{\"id\":\"2\",\"customer\":\"dave\",\"product\":\"3\",\"quantity\":4,\"refunded\":false}",
        "200"), answer);
  }

  @Test
  void aBadSignatureIsRefused() throws Exception {
    List<String> answer = Shop.curl("--aws-sigv4", "aws:amz:us-east-1:shop", "--user", "AKIASHOPADMIN0000001:wrong",
        base + "/orders");
    assertEquals("401", answer.get(1));
    assertTrue(answer.get(0).startsWith("{\"__type\":\"SignatureDoesNotMatch\",\"message\":\"The request signature "
        + "we calculated does not match the signature you provided."), answer.get(0));
  }

  @Test
  void aCustomerMayNotReadOrders() throws Exception {
    assertAnswer(403, "{\"__type\":\"AccessDeniedException\",\"message\":\"User: arn:aws:iam::123456789012:user/carol "
        + "is not authorized to perform: shop:GetOrder on resource: arn:shop:orders::123456789012:order/1 because "
        + "no identity-based policy allows the shop:GetOrder action\"}", get("/orders/1", basic("carol", "shop-carol")));
  }

  @Test
  void aCustomerPlacesAnOrder() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/orders?product=2&quantity=1"))
        .header("Authorization", basic("carol", "shop-carol")).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    assertTrue(r.body().matches("\\{\"id\":\"\\d+\",\"customer\":\"carol\",\"product\":\"2\",\"quantity\":1,"
        + "\"refunded\":false}"), r.body());
  }

  @Test
  void theAgentGuardsCustomerRecords() throws Exception {
    assertAnswer(200, "{\"name\":\"carol\",\"email\":\"carol@example.com\"}",
        get("/customers/carol", basic("carol", "shop-carol")));
    assertAnswer(403, "{\"__type\":\"AccessDeniedException\",\"message\":\"User: arn:aws:iam::123456789012:user/carol "
        + "is not authorized to perform: shop:GetCustomer on resource: arn:shop:customers::123456789012:customer/dave "
        + "because no identity-based policy allows the shop:GetCustomer action\"}",
        get("/customers/dave", basic("carol", "shop-carol")));
    String events = waitForAudit(work.resolve("audit/methods/gatehouse-audit.log"), "customer/dave");
    assertTrue(events.contains("\"enforcementPoint\":\"agent\""), events);
    assertTrue(events.contains("\"requestParameters\":{\"method\":\"io.gatehouse.samples.shop.Customers.get\"}"), events);
  }

  @Test
  void refundsNeedMfa() throws Exception {
    List<String> withKey = Shop.curl("--aws-sigv4", "aws:amz:us-east-1:shop", "--user", SAM, "-X", "POST",
        base + "/orders/1/refund");
    assertEquals(List.of("{\"__type\":\"AccessDeniedException\",\"message\":\"User: arn:aws:iam::123456789012:user/sam "
        + "is not authorized to perform: shop:RefundOrder on resource: arn:shop:orders::123456789012:order/1 because "
        + "no identity-based policy allows the shop:RefundOrder action\"}", "403"), withKey);

    String code = new TotpVerifier().codeAt(TotpSecret.fromBase32(SAM_SEED), Instant.now());
    HttpResponse<String> withMfa = http.send(HttpRequest.newBuilder(URI.create(base + "/orders/1/refund"))
        .header("Authorization", basic("sam", "shop-sam")).header("X-Gatehouse-MFA", code)
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertAnswer(200, "{\"id\":\"1\",\"customer\":\"carol\",\"product\":\"1\",\"quantity\":1,\"refunded\":true}", withMfa);
  }

  @Test
  void thePermissionsBoundaryWins() throws Exception {
    List<String> answer = Shop.curl("--aws-sigv4", "aws:amz:us-east-1:shop", "--user", SAM, "-X", "DELETE",
        base + "/orders/2");
    assertEquals(List.of("{\"__type\":\"AccessDeniedException\",\"message\":\"User: arn:aws:iam::123456789012:user/sam "
        + "is not authorized to perform: shop:DeleteOrder on resource: arn:shop:orders::123456789012:order/2 because "
        + "no permissions boundary allows the shop:DeleteOrder action\"}", "403"), answer);
    String events = waitForAudit(work.resolve("audit/http/gatehouse-audit.log"), "order/2");
    assertTrue(events.contains("\"enforcementPoint\":\"filter\""), events);
    for (Path log : List.of(work.resolve("audit/http/gatehouse-audit.log"),
        work.resolve("audit/methods/gatehouse-audit.log"))) {
      String all = Files.exists(log) ? Files.readString(log) : "";
      for (String secret : List.of("shopSamSecret", "shopAdminSecret", "shop-sam", "shop-carol", "JBSWY3DP")) {
        assertTrue(!all.contains(secret), "no secret in " + log);
      }
    }
  }

  static HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static void assertAnswer(int status, String body, HttpResponse<String> r) {
    assertEquals(status + " " + body, r.statusCode() + " " + r.body());
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The audit file's text once it has a line containing {@code marker} (events are written asynchronously). */
  static String waitForAudit(Path file, String marker) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (true) {
      if (Files.exists(file)) {
        String found = Files.readAllLines(file).stream().filter(l -> l.contains(marker)).reduce("", (a, b) -> a + b + "\n");
        if (!found.isEmpty() || System.nanoTime() > deadline) {
          return found;
        }
      } else if (System.nanoTime() > deadline) {
        return "";
      }
      Thread.sleep(100);
    }
  }
}
