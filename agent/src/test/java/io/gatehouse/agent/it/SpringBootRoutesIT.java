package io.gatehouse.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero-code HTTP enforcement of the Spring Boot executable jar ({@code test-apps/spring-boot-app},
 * embedded Tomcat, no Gatehouse filter) under the agent with {@code routes} and no pointcuts: the
 * agent decides each request on servlet dispatch, and binds the caller it authenticated for the
 * {@code @Authorize} service below, which decides again for that caller.
 */
class SpringBootRoutesIT {
  static final String BOB = "arn:aws:iam::123456789012:user/bob";
  static final String BOB_KEY = "AKIABOB0000000000001";
  static final String BOB_SECRET = "bobSecretKey/K7MDENG/bPxRfiCYEXAMPLEKEY1";
  static final String ACCOUNTS = """
      AccountId: "123456789012"
      UserDetailList:
        - UserName: bob
          UserPolicyList:
            - PolicyName: shop
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: [shop:GetOrder, shop:OpenInvoicePage]
                    Resource: "*"
                  - Effect: Allow
                    Action: billing:GetInvoice
                    Resource: "arn:billing:invoices::123456789012:invoice/1*"
      AccessKeys:
        - {UserName: bob, AccessKeyId: AKIABOB0000000000001, SecretAccessKey: "bobSecretKey/K7MDENG/bPxRfiCYEXAMPLEKEY1"}
      """;
  static final String CONFIG = """
      accounts: [shop.yaml]
      audit: {directory: audit}
      routes:
        - {method: GET, path: "/orders/{id}", action: shop:GetOrder, resource: "arn:shop:orders::123456789012:order/{id}"}
        - {method: GET, path: "/invoices/{id}", action: shop:OpenInvoicePage, resource: "*"}
      authentication:
        sigv4: {service: shop, regions: [us-east-1]}
      """;

  @TempDir
  static Path dir;
  static ServerJvm server;

  @BeforeAll
  static void startTheApplication() throws Exception {
    assertTrue(Files.isRegularFile(SpringBootAppIT.APP), "the Spring Boot application is built: " + SpringBootAppIT.APP);
    HostJvm.write(dir.resolve("shop.yaml"), ACCOUNTS);
    HostJvm.write(dir.resolve("gatehouse.yaml"), CONFIG);
    server = ServerJvm.start(ServerJvm.javaWithAgent(HostJvm.javaOfThisJvm(), "-jar", SpringBootAppIT.APP.toString(),
        "--server.port=0", "--server.address=127.0.0.1"), dir);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) {
      server.close();
    }
  }

  static HttpResponse<String> asBob(String path, String secret) throws Exception {
    return BotocoreSigner.send(server, "GET", path, "", Map.of(), BOB_KEY, secret);
  }

  @Test
  void anAnonymousRequestIsRefusedBeforeTheController() throws Exception {
    HttpResponse<String> r = server.raw("/orders/1", Map.of());
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().startsWith("{\"__type\":"), r.body());
    assertFalse(r.body().contains("order 1"), r.body());
  }

  @Test
  void aSignedRequestReachesTheControllerAndIsAudited() throws Exception {
    HttpResponse<String> r = asBob("/orders/2", BOB_SECRET);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("order 2", r.body());
    server.awaitAuditEvent("\"eventName\":\"GetOrder\"", "\"decision\":\"Allow\"", "order/2", "\"arn\":\"" + BOB + "\"");
  }

  @Test
  void aBadSignatureIsRefused401() throws Exception {
    HttpResponse<String> r = asBob("/orders/3", "wrong" + BOB_SECRET);
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().contains("SignatureDoesNotMatch"), r.body());
  }

  @Test
  void aPathNoRouteMatchesIsDenied() throws Exception {
    HttpResponse<String> r = asBob("/orders", BOB_SECRET);
    assertEquals(403, r.statusCode(), r.body());
    assertFalse(r.body().contains("3 orders"), r.body());
  }

  @Test
  void theAuthorizeServiceBelowDecidesForTheCallerTheAgentBound() throws Exception {
    HttpResponse<String> allowed = asBob("/invoices/12", BOB_SECRET);
    assertEquals(200, allowed.statusCode(), allowed.body());
    assertEquals("invoice 12", allowed.body());
    HttpResponse<String> denied = asBob("/invoices/5", BOB_SECRET);
    assertEquals(403, denied.statusCode(), denied.body());
    assertTrue(denied.body().contains("User: " + BOB + " is not authorized to perform: billing:GetInvoice"), denied.body());
    server.awaitAuditEvent("\"eventName\":\"GetInvoice\"", "\"decision\":\"ImplicitDeny\"", "invoice/5",
        "\"arn\":\"" + BOB + "\"", "\"enforcementPoint\":\"agent\"");
  }
}
