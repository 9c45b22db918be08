package io.gatehouse.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The caller the agent's {@code routes} authenticate is the caller of the {@code @Authorize} code
 * below: the Spring Boot executable jar ({@code test-apps/spring-boot-app}, embedded Tomcat, no
 * Gatehouse filter) under the agent with {@code routes} and no pointcuts. The agent decides the
 * request on servlet dispatch and binds its caller for the {@code @Authorize} service, which decides
 * again for that caller. The routes' own answers (401, 403, bad signatures, unmatched paths) on an
 * application with no Gatehouse code at all are {@link SpringBoot3RoutesIT}'s.
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
                    Action: shop:OpenInvoicePage
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
