package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Principal;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import io.gatehouse.store.FileAccountStore;
import io.gatehouse.sts.Credentials;
import io.gatehouse.sts.SecurityTokenService;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filter's behaviour over real HTTP, the same on every container: each authentication scheme
 * accepted and each kind of tampering refused, routes and path normalization, context keys reaching
 * conditions, the caller handed to the application, and the answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FilterContract {
  static final String BOB = "arn:aws:iam::123456789012:user/bob";
  static final String ALICE = "arn:aws:iam::123456789012:user/alice";

  Path dir;

  private TestServer server;
  Client client;

  /** Starts the container with the filter over the given {@code gatehouse.yaml}, serving {@link EchoServlet}. */
  abstract TestServer serve(Path config) throws Exception;

  @BeforeAll
  void start(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    server = serve(ShopFixture.write(dir, ""));
    client = new Client(server.base());
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  // --- anonymous -----------------------------------------------------------------------------

  @Test
  void anonymousCallersReadThePublicCatalogueThroughItsResourcePolicy() {
    HttpResponse<String> r = client.get("/catalog/42");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("anonymous", EchoServlet.field(r.body(), "principal"));
  }

  @Test
  void anonymousCallersAreAskedForCredentialsWhereNoPolicyAllowsThem() {
    HttpResponse<String> r = client.get("/orders/7");
    assertEquals(401, r.statusCode());
    assertFalse(r.headers().allValues("WWW-Authenticate").isEmpty());
    assertTrue(r.headers().allValues("WWW-Authenticate").contains("AWS4-HMAC-SHA256"));
    assertTrue(r.body().contains("\"__type\":\"MissingAuthenticationToken\""), r.body());
    assertTrue(r.body().contains("User: Anonymous is not authorized to perform: shop:GetOrder"), r.body());
  }

  // --- SigV4 ---------------------------------------------------------------------------------

  @Test
  void aSigV4SignedRequestActsAsTheKeysUserWithItsRegion() {
    HttpResponse<String> r = client.signedAsBob("GET", "/orders/7", null, Map.of());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(BOB, EchoServlet.field(r.body(), "principal"));
    assertEquals("us-east-1", EchoServlet.key(r.body(), "aws:RequestedRegion"));
  }

  @Test
  void theSignedBodyStillReachesTheApplication() {
    HttpResponse<String> r = client.signedAsBob("PUT", "/orders/7?amount=50", "{\"item\":\"tea\"}",
        Map.of("X-Channel", "web"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("{\"item\":\"tea\"}", EchoServlet.field(r.body(), "body"));
  }

  @Test
  void aSignedFormBodyStillGivesItsParameters() {
    HttpResponse<String> r = client.signedAsBob("POST", "/orders/7?amount=50", "note=fragile+goods",
        Map.of("X-Channel", "web", "Content-Type", "application/x-www-form-urlencoded"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("fragile goods", EchoServlet.field(r.body(), "note"));
  }

  @Test
  void aChangedSignedHeaderIsRefused() {
    HttpResponse<String> r = client.signed("PUT", "/orders/7?amount=50", "x", Map.of("X-Channel", "web"),
        ShopFixture.BOB_KEY, ShopFixture.BOB_SECRET, null, "us-east-1", Instant.now(), "x", Map.of("X-Channel", "mobile"));
    assertUnauthorized(r, "SignatureDoesNotMatch");
  }

  @Test
  void aChangedBodyIsRefused() {
    HttpResponse<String> r = client.signed("PUT", "/orders/7?amount=50", "amount=50", Map.of("X-Channel", "web"),
        ShopFixture.BOB_KEY, ShopFixture.BOB_SECRET, null, "us-east-1", Instant.now(), "amount=5000", Map.of());
    assertUnauthorized(r, "SignatureDoesNotMatch");
  }

  @Test
  void aChangedQueryIsRefused() {
    HttpResponse<String> signed = client.signed("GET", "/orders/7?amount=50", null, Map.of(), ShopFixture.BOB_KEY,
        ShopFixture.BOB_SECRET, null, "us-east-1", Instant.now(), null, Map.of());
    assertEquals(200, signed.statusCode(), signed.body());
    Map<String, String> headers = TestSigner.sign("GET", client.uri("/orders/7?amount=50"), new byte[0], Map.of(),
        ShopFixture.BOB_KEY, ShopFixture.BOB_SECRET, null, "us-east-1", "shop", Instant.now());
    assertUnauthorized(client.get("/orders/7?amount=51", headers), "SignatureDoesNotMatch");
  }

  @Test
  void aRequestReplayedWithAnOldDateIsRefused() {
    HttpResponse<String> r = client.signed("GET", "/orders/7", null, Map.of(), ShopFixture.BOB_KEY,
        ShopFixture.BOB_SECRET, null, "us-east-1", Instant.now().minus(Duration.ofMinutes(6)), null, Map.of());
    assertUnauthorized(r, "SignatureDoesNotMatch");
    assertTrue(r.body().contains("Signature expired"), r.body());
  }

  @Test
  void aSignatureForAnotherRegionIsRefused() {
    HttpResponse<String> r = client.signed("GET", "/orders/7", null, Map.of(), ShopFixture.BOB_KEY,
        ShopFixture.BOB_SECRET, null, "eu-west-1", Instant.now(), null, Map.of());
    assertUnauthorized(r, "SignatureDoesNotMatch");
  }

  @Test
  void anUnknownKeyIsRefused() {
    HttpResponse<String> r = client.signed("GET", "/orders/7", null, Map.of(), "AKIAUNKNOWN000000000",
        ShopFixture.BOB_SECRET, null, "us-east-1", Instant.now(), null, Map.of());
    assertUnauthorized(r, "InvalidClientTokenId");
  }

  @Test
  void aWrongSecretIsRefused() {
    HttpResponse<String> r = client.signed("GET", "/orders/7", null, Map.of(), ShopFixture.BOB_KEY,
        "not-bobs-secret", null, "us-east-1", Instant.now(), null, Map.of());
    assertUnauthorized(r, "SignatureDoesNotMatch");
  }

  @Test
  void temporaryCredentialsWithTheirSessionTokenAreAccepted() {
    Credentials c = sessionCredentials(Clock.systemUTC(), 900);
    HttpResponse<String> r = client.signed("GET", "/orders/7", null, Map.of(), c.accessKeyId(), c.secretAccessKey(),
        c.sessionToken(), "us-east-1", Instant.now(), null, Map.of());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(BOB, EchoServlet.field(r.body(), "principal"));
  }

  @Test
  void anExpiredSessionTokenIsRefused() {
    Credentials c = sessionCredentials(Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC), 900);
    HttpResponse<String> r = client.signed("GET", "/orders/7", null, Map.of(), c.accessKeyId(), c.secretAccessKey(),
        c.sessionToken(), "us-east-1", Instant.now(), null, Map.of());
    assertUnauthorized(r, "ExpiredToken");
  }

  @Test
  void aTamperedSessionTokenIsRefused() {
    Credentials c = sessionCredentials(Clock.systemUTC(), 900);
    String token = c.sessionToken();
    int i = token.length() / 2;
    String tampered = token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
    HttpResponse<String> r = client.signed("GET", "/orders/7", null, Map.of(), c.accessKeyId(), c.secretAccessKey(),
        tampered, "us-east-1", Instant.now(), null, Map.of());
    assertUnauthorized(r, "InvalidClientTokenId");
  }

  private Credentials sessionCredentials(Clock clock, int seconds) {
    FileAccountStore store = FileAccountStore.open(List.of(dir.resolve("shop.yaml")));
    SecurityTokenService sts = new SecurityTokenService(store, AccountAuthorizer.of(store.snapshot()), clock,
        new SecureRandom());
    return sts.getSessionToken(Caller.withAccessKey(Principal.fromArn(BOB), ShopFixture.BOB_KEY), seconds, null, null);
  }

  // --- Bearer (OIDC) -------------------------------------------------------------------------

  @Test
  void anIdTokenActsAsASessionOfTheMappedRole() {
    String token = ShopFixture.idToken("user-7", "shop-app", Instant.now().plusSeconds(600));
    HttpResponse<String> r = client.get("/orders/7", Map.of("Authorization", "Bearer " + token));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(EchoServlet.field(r.body(), "principal").startsWith("arn:aws:sts::123456789012:assumed-role/WebUsers/"),
        r.body());
  }

  @Test
  void anIdTokenForAnotherAudienceIsRefused() {
    String token = ShopFixture.idToken("user-7", "other-app", Instant.now().plusSeconds(600));
    HttpResponse<String> r = client.get("/orders/7", Map.of("Authorization", "Bearer " + token));
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
  }

  @Test
  void anExpiredIdTokenIsRefused() {
    String token = ShopFixture.idToken("user-7", "shop-app", Instant.now().minusSeconds(600));
    HttpResponse<String> r = client.get("/orders/7", Map.of("Authorization", "Bearer " + token));
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().contains("Expired"), r.body());
  }

  @Test
  void aTamperedIdTokenIsRefused() {
    String token = ShopFixture.idToken("user-7", "shop-app", Instant.now().plusSeconds(600));
    String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    HttpResponse<String> r = client.get("/orders/7", Map.of("Authorization", "Bearer " + tampered));
    assertUnauthorized(r, "InvalidIdentityToken");
  }

  // --- Basic, with and without MFA -----------------------------------------------------------

  @Test
  void aUsersPasswordSignsTheRequestIn() {
    HttpResponse<String> r = client.asBob("GET", "/orders/7", Map.of());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(BOB, EchoServlet.field(r.body(), "principal"));
    assertEquals("false", EchoServlet.field(r.body(), "mfa"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    HttpResponse<String> r = client.get("/orders/7", Map.of("Authorization", ShopFixture.basic("bob", "guess")));
    assertUnauthorized(r, "NotAuthorized");
    assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
  }

  @Test
  void aUserWithAnMfaDeviceNeedsItsCodeAndAWrongCodeIsRefused() {
    Map<String, String> alice = Map.of("Authorization", ShopFixture.basic("alice", ShopFixture.ALICE_PASSWORD));
    assertUnauthorized(client.send("POST", "/orders/7/refund", null, alice), "MissingAuthenticationCode");
    String right = ShopFixture.aliceCode(Instant.now());
    String wrong = right.equals("000000") ? "111111" : "000000";
    Map<String, String> withWrong = new java.util.HashMap<>(alice);
    withWrong.put("X-Gatehouse-MFA", wrong);
    assertUnauthorized(client.send("POST", "/orders/7/refund", null, withWrong), "InvalidAuthenticationCode");
    Map<String, String> withRight = new java.util.HashMap<>(alice);
    withRight.put("X-Gatehouse-MFA", right);
    HttpResponse<String> r = client.send("POST", "/orders/7/refund", null, withRight);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(ALICE, EchoServlet.field(r.body(), "principal"));
    assertEquals("true", EchoServlet.field(r.body(), "mfa"));
    assertUnauthorized(client.send("POST", "/orders/7/refund", null, withRight), "InvalidAuthenticationCode");
  }

  // --- routes and normalization --------------------------------------------------------------

  @Test
  void theMostSpecificRouteWins() {
    HttpResponse<String> r = client.asBob("GET", "/orders/special", Map.of());
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"__type\":\"AccessDeniedException\""), r.body());
    assertTrue(r.body().contains("User: " + BOB + " is not authorized to perform: shop:GetSpecialOrder on resource: "
        + "arn:shop:orders::123456789012:special because no identity-based policy allows the shop:GetSpecialOrder "
        + "action"), r.body());
  }

  @Test
  void aRequestThatMatchesNoRouteIsDenied() {
    HttpResponse<String> r = client.asBob("GET", "/admin/users", Map.of());
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(r.body().contains("AccessDeniedException"), r.body());
    assertFalse(r.body().contains("Exception:"), r.body());
  }

  @Test
  void redundantSlashesAndPathParametersReachTheSameRoute() {
    HttpResponse<String> slashes = client.asBob("GET", "//orders//7", Map.of());
    // Jetty refuses empty segments itself; Tomcat collapses them, and so does the filter.
    assertTrue(slashes.statusCode() == 200 || slashes.statusCode() == 400, slashes.body());
    assertTrue(slashes.statusCode() == 400 || BOB.equals(EchoServlet.field(slashes.body(), "principal")));
    assertEquals(200, client.asBob("GET", "/orders/7;jsessionid=abc", Map.of()).statusCode());
    assertEquals(403, client.asBob("GET", "/orders;x=1/special", Map.of()).statusCode());
  }

  @Test
  void noEncodingTrickTurnsAPublicPathIntoAnotherRoute() {
    for (String attack : List.of("/catalog/../orders/7", "/catalog/%2e%2e/orders/7", "/catalog/%2E%2E/orders/7",
        "/catalog/..%2Forders%2F7", "/catalog/..%5Corders/7", "/catalog;x=1/../orders/7", "/catalog/..;/orders/7",
        "/catalog/%252e%252e/orders/7", "/../orders/7", "/catalog/7/../../../orders/7")) {
      HttpResponse<String> r = client.get(attack);
      assertTrue(r.statusCode() == 400 || r.statusCode() == 401 || r.statusCode() == 404,
          attack + " gave " + r.statusCode() + ": " + r.body());
      assertFalse(r.body().contains("principal="), attack + " reached the application: " + r.body());
    }
  }

  // --- context keys in conditions ------------------------------------------------------------

  @Test
  void theSourceIpComesFromTrustedProxiesOnly() {
    assertEquals(403, client.asBob("GET", "/reports/q1", Map.of()).statusCode());
    HttpResponse<String> viaProxy = client.asBob("GET", "/reports/q1", Map.of("X-Forwarded-For", "203.0.113.9"));
    assertEquals(200, viaProxy.statusCode(), viaProxy.body());
    assertEquals("203.0.113.9", EchoServlet.key(viaProxy.body(), "aws:SourceIp"));
    // The caller wrote the left address itself; the right one is what the trusted proxy saw.
    assertEquals(403, client.asBob("GET", "/reports/q1", Map.of("X-Forwarded-For", "203.0.113.9, 198.51.100.1"))
        .statusCode());
  }

  @Test
  void secureTransportReachesConditions() {
    HttpResponse<String> plain = client.asBob("DELETE", "/orders/7", Map.of());
    assertEquals(403, plain.statusCode());
    assertTrue(plain.body().contains("with an explicit deny in an identity-based policy"), plain.body());
    HttpResponse<String> tls = client.asBob("DELETE", "/orders/7", Map.of("X-Forwarded-Proto", "https"));
    assertEquals(200, tls.statusCode(), tls.body());
    assertEquals("true", EchoServlet.key(tls.body(), "aws:SecureTransport"));
  }

  @Test
  void mappedHeadersQueryParametersAndPathVariablesReachConditions() {
    HttpResponse<String> ok = client.asBob("PUT", "/orders/7?amount=50", Map.of("X-Channel", "web"));
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals("web", EchoServlet.key(ok.body(), "shop:Channel"));
    assertEquals("50", EchoServlet.key(ok.body(), "shop:Amount"));
    assertEquals("7", EchoServlet.key(ok.body(), "shop:OrderId"));
    assertEquals(403, client.asBob("PUT", "/orders/7?amount=50", Map.of("X-Channel", "phone")).statusCode());
    assertEquals(403, client.asBob("PUT", "/orders/7?amount=500", Map.of("X-Channel", "web")).statusCode());
    assertEquals(403, client.asBob("PUT", "/orders/7?amount=50", Map.of()).statusCode());
  }

  // --- the application below -----------------------------------------------------------------

  @Test
  void codeBelowSeesTheCallerAndDecidesWithIt() {
    HttpResponse<String> r = client.asBob("GET", "/whoami?check=shop:GetOrder", Map.of("User-Agent", "shop-cli/1.0"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(BOB, EchoServlet.field(r.body(), "principal"));
    assertEquals("allowed", EchoServlet.field(r.body(), "check shop:GetOrder"));
    assertEquals("shop-cli/1.0", EchoServlet.key(r.body(), "aws:UserAgent"));
    assertEquals("127.0.0.1", EchoServlet.key(r.body(), "aws:SourceIp"));
    assertTrue(EchoServlet.key(r.body(), "aws:CurrentTime").endsWith("Z"));
  }

  @Test
  void codeBelowDecidesForARoleSessionWithItsSessionPolicy() {
    // The role allows shop:GetOrder, but this session's policy allows only shop:WhoAmI.
    FileAccountStore store = FileAccountStore.open(List.of(dir.resolve("shop.yaml")));
    SecurityTokenService sts = new SecurityTokenService(store, AccountAuthorizer.of(store.snapshot()),
        Clock.systemUTC(), new SecureRandom());
    String token = ShopFixture.idToken("user-9", "shop-app", Instant.now().plusSeconds(600));
    Credentials c = sts.assumeRoleWithWebIdentity("arn:aws:iam::123456789012:role/WebUsers", "narrow", token, 900,
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"shop:WhoAmI\","
            + "\"Resource\":\"*\"}]}", null).credentials();
    HttpResponse<String> whoami = client.signed("GET", "/whoami", null, Map.of(), c.accessKeyId(),
        c.secretAccessKey(), c.sessionToken(), "us-east-1", Instant.now(), null, Map.of());
    assertEquals(200, whoami.statusCode(), whoami.body());
    assertEquals("arn:aws:sts::123456789012:assumed-role/WebUsers/narrow", EchoServlet.field(whoami.body(), "principal"));
    assertFalse(whoami.body().contains(c.sessionToken()), "the session token reached the application's echo");

    HttpResponse<String> below = client.signed("GET", "/whoami?check=shop%3AGetOrder", null, Map.of(), c.accessKeyId(),
        c.secretAccessKey(), c.sessionToken(), "us-east-1", Instant.now(), null, Map.of());
    assertEquals(403, below.statusCode(), below.body());
    assertTrue(below.body().contains("is not authorized to perform: shop:GetOrder")
        && below.body().contains("session policy"), below.body());
  }

  @Test
  void anAccessDeniedExceptionFromBelowIsAnswered403() {
    // The bound context says the request came without TLS: the policy's explicit deny applies.
    HttpResponse<String> r = client.asBob("GET", "/whoami?check=shop:DeleteOrder", Map.of());
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(r.body().startsWith("{\"__type\":\"AccessDeniedException\",\"message\":\"User: " + BOB
        + " is not authorized to perform: shop:DeleteOrder"), r.body());
    assertFalse(r.body().contains("at io.gatehouse"), r.body());
  }

  @Test
  void anAsynchronousDispatchRunsAsTheSameCaller() {
    HttpResponse<String> r = client.asBob("GET", "/whoami?async", Map.of());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("ASYNC", EchoServlet.field(r.body(), "dispatch"));
    assertEquals(BOB, EchoServlet.field(r.body(), "principal"));
  }

  // --- audit ---------------------------------------------------------------------------------

  @Test
  void decisionsAreAuditedWithoutSecrets() throws Exception {
    client.asBob("GET", "/orders/7", Map.of());
    client.asBob("GET", "/orders/special", Map.of());
    String text = awaitAuditTrail(dir, "shop:GetSpecialOrder");
    String deny = text.lines().filter(l -> l.contains("shop:GetSpecialOrder")).findFirst().orElse("");
    assertTrue(deny.contains("\"enforcementPoint\":\"filter\""), text);
    assertTrue(deny.contains(BOB), deny);
    for (String secret : List.of(ShopFixture.BOB_PASSWORD, ShopFixture.BOB_SECRET, ShopFixture.ALICE_PASSWORD)) {
      assertFalse(text.contains(secret), "the audit trail contains a secret");
    }
  }

  /**
   * The audit trail of the configuration in {@code dir} ({@code audit: {directory: audit}}) once it
   * contains {@code expected}, or as it is after ten seconds: the trail writes from its own thread.
   */
  static String awaitAuditTrail(Path dir, String expected) throws Exception {
    Path log = dir.resolve("audit").resolve("gatehouse-audit.log");
    String text = "";
    for (int i = 0; i < 200 && !text.contains(expected); i++) {
      Thread.sleep(50);
      text = Files.exists(log) ? Files.readString(log) : "";
    }
    return text;
  }

  static void assertUnauthorized(HttpResponse<String> r, String code) {
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().startsWith("{\"__type\":\"" + code + "\""), r.body());
    assertFalse(r.headers().allValues("WWW-Authenticate").isEmpty(), "no WWW-Authenticate");
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
  }
}
