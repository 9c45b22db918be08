package io.gatehouse.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spring Boot executable jar ({@code test-apps/spring-boot-app}: Spring MVC on embedded
 * Tomcat, application classes in {@code BOOT-INF/classes}, libraries nested in {@code BOOT-INF/lib}
 * and loaded by Spring Boot's {@code JarLauncher}) started with {@code java -javaagent:... -jar
 * app.jar}. Its {@code orders} package knows nothing of Gatehouse and is enforced through pointcuts;
 * its {@code invoices} package uses {@code @Authorize} from the annotations jar nested in {@code
 * BOOT-INF/lib}. One server JVM serves every test.
 */
class SpringBootAppIT {
  static final String ALICE = "arn:aws:iam::123456789012:user/alice";
  static final String BOB = "arn:aws:iam::123456789012:user/bob";
  static final String ACCOUNTS = """
      AccountId: "123456789012"
      UserDetailList:
        - UserName: alice
          UserPolicyList:
            - PolicyName: shop
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: [shop:GetOrder, billing:GetInvoice]
                    Resource: ["arn:shop:orders::123456789012:order/1*", "arn:billing:invoices::123456789012:invoice/*"]
        - UserName: bob
      """;
  static final String CONFIG = """
      accounts: [shop.yaml]
      mode: enforce
      principal: arn:aws:iam::123456789012:user/alice
      audit: {directory: audit}
      pointcuts:
        - class: "com.example.shop.orders.*Service"
          method: "find"
          action: shop:GetOrder
          resource: "arn:shop:orders::${aws:PrincipalAccount}:order/{0}"
        - class: "com.example.shop.orders.*Service"
          method: "cancel"
          action: shop:CancelOrder
          resource: "arn:shop:orders::${aws:PrincipalAccount}:order/{id}"
      """;
  static final Path APP = Path.of(System.getProperty("gatehouse.test.apps", "target/test-apps"), "spring-boot-app.jar");

  @TempDir
  static Path dir;
  static ServerJvm server;

  @BeforeAll
  static void startTheApplication() throws Exception {
    assertTrue(Files.isRegularFile(APP), "the Spring Boot application is built: " + APP);
    HostJvm.write(dir.resolve("shop.yaml"), ACCOUNTS);
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

  static String denied(String principal, String action, String resource) {
    return "io.gatehouse.AccessDeniedException: User: " + principal + " is not authorized to perform: " + action
        + " on resource: " + resource + " because no identity-based policy allows the " + action + " action";
  }

  @Test
  void pointcutAllowsTheProcessPrincipal() throws Exception {
    assertEquals(new ServerJvm.Response(200, "order 17"), server.get("/orders/17"));
    server.awaitAuditEvent("\"eventName\":\"GetOrder\"", "\"decision\":\"Allow\"", "order/17",
        "\"enforcementPoint\":\"agent\"");
  }

  @Test
  void pointcutDeniesWithTheAwsMessage() throws Exception {
    assertEquals(new ServerJvm.Response(403, denied(ALICE, "shop:GetOrder", "arn:shop:orders::123456789012:order/42")),
        server.get("/orders/42"));
    server.awaitAuditEvent("\"eventName\":\"GetOrder\"", "\"decision\":\"ImplicitDeny\"", "order/42");
  }

  @Test
  void pointcutTemplateNamesAParameter() throws Exception {
    assertEquals(new ServerJvm.Response(403,
        denied(ALICE, "shop:CancelOrder", "arn:shop:orders::123456789012:order/17")),
        server.send("DELETE", "/orders/17", Map.of()));
  }

  @Test
  void methodsNoPointcutNamesRunUntouched() throws Exception {
    assertEquals(new ServerJvm.Response(200, "3 orders"), server.get("/orders"));
  }

  @Test
  void authorizeInTheExecutableJarAllows() throws Exception {
    assertEquals(new ServerJvm.Response(200, "invoice 5"), server.get("/invoices/5"));
    assertEquals(new ServerJvm.Response(200, "invoice 6"), server.send("GET", "/invoices/6", Map.of("X-Caller", ALICE)));
    server.awaitAuditEvent("\"eventName\":\"GetInvoice\"", "\"decision\":\"Allow\"", "invoice/6");
  }

  @Test
  void authorizeInTheExecutableJarDeniesTheBoundCaller() throws Exception {
    assertEquals(new ServerJvm.Response(403,
        denied(BOB, "billing:GetInvoice", "arn:billing:invoices::123456789012:invoice/5")),
        server.send("GET", "/invoices/5", Map.of("X-Caller", BOB)));
    server.awaitAuditEvent("\"eventName\":\"GetInvoice\"", "\"decision\":\"ImplicitDeny\"", "\"arn\":\"" + BOB + "\"");
  }
}
