package io.gatehouse.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero-code HTTP enforcement: a web application that knows nothing of Gatehouse (no dependency, no
 * filter; {@code it-plainwar}) in a real embedded servlet container, in a JVM started with the agent
 * and a {@code gatehouse.yaml} with {@code routes}. Requests are signed by botocore; a signed body is
 * checked against its signature and handed to the servlet intact. Run on each container by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ZeroCodeWebAppIT {
  static final String BOB = "arn:aws:iam::123456789012:user/bob";
  static final String BOB_KEY = "AKIABOB0000000000001";
  static final String BOB_SECRET = "bobSecretKey/K7MDENG/bPxRfiCYEXAMPLEKEY1";
  static final String ALICE_KEY = "AKIAALICE00000000001";
  static final String ALICE_SECRET = "aliceSecretKey/K7MDENG/bPxRfiCYEXAMPLE1";
  static final String ACCOUNTS = """
      AccountId: "123456789012"
      UserDetailList:
        - UserName: bob
          UserPolicyList:
            - PolicyName: orders
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: [shop:GetOrder, shop:PutOrder]
                    Resource: "arn:shop:orders::123456789012:order/*"
        - UserName: alice
        - UserName: carol
      AccessKeys:
        - {UserName: bob, AccessKeyId: AKIABOB0000000000001, SecretAccessKey: "bobSecretKey/K7MDENG/bPxRfiCYEXAMPLEKEY1"}
        - {UserName: alice, AccessKeyId: AKIAALICE00000000001, SecretAccessKey: "aliceSecretKey/K7MDENG/bPxRfiCYEXAMPLE1"}
        - {UserName: carol, AccessKeyId: AKIACAROL00000000001, SecretAccessKey: "carolSecretKey/K7MDENG/bPxRfiCYEXAMPLE1"}
      """;
  static final String CAROL_KEY = "AKIACAROL00000000001";
  static final String CAROL_SECRET = "carolSecretKey/K7MDENG/bPxRfiCYEXAMPLE1";
  static final String CONFIG = """
      accounts: [shop.yaml]
      mode: enforce
      audit: {directory: audit}
      routes:
        - {method: GET, path: "/orders/{id}", action: shop:GetOrder,
           resource: "arn:shop:orders::${aws:PrincipalAccount}:order/{id}"}
        - {method: POST, path: "/orders/{id}", action: shop:PutOrder,
           resource: "arn:shop:orders::123456789012:order/{id}"}
      unmatched: deny
      authentication:
        sigv4: {service: shop, regions: [us-east-1]}
      """;

  /** The class of the request wrapper the agent hands the servlet when it read the body. */
  static final String WRAPPER = "io.gatehouse.agent.generated.BufferedBodyRequest";

  Path dir;
  ServerJvm server;

  /** The container's name: {@code jetty}, {@code tomcat}; its class path is {@code target/test-apps/NAME.classpath}. */
  abstract String container();

  /** The main class that starts the container on the WAR directory (compiled from {@code it-NAME}). */
  abstract String hostMainClass();

  @BeforeAll
  void startTheContainer(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    Path file = Path.of(System.getProperty("gatehouse.test.apps", "target/test-apps"), container() + ".classpath");
    List<Path> containerClassPath = Stream.of(Files.readString(file).strip().split(java.io.File.pathSeparator))
        .map(Path::of).toList();
    Path hostClasses = HostJvm.compile("it-" + container(), dir.resolve("host-classes"), containerClassPath);
    Path war = dir.resolve("webapp");
    HostJvm.compile("it-plainwar", war.resolve("WEB-INF/classes"), containerClassPath);
    Files.copy(HostJvm.resource("it-plainwar").resolve("WEB-INF/web.xml"), war.resolve("WEB-INF/web.xml"));
    HostJvm.write(dir.resolve("shop.yaml"), ACCOUNTS);
    HostJvm.write(dir.resolve("gatehouse.yaml"), CONFIG);
    List<Path> cp = new ArrayList<>(containerClassPath);
    cp.add(hostClasses);
    server = ServerJvm.start(ServerJvm.javaWithAgent(HostJvm.javaOfThisJvm(), "-cp", HostJvm.classPath(cp),
        hostMainClass(), war.toString()), dir);
  }

  @AfterAll
  void stop() throws InterruptedException {
    if (server != null) {
      server.close();
    }
  }

  HttpResponse<String> signed(String method, String path, String body, Map<String, String> headers, String key,
      String secret) throws Exception {
    return BotocoreSigner.send(server, method, path, body, headers, key, secret);
  }

  @Test
  void anAnonymousRequestIsRefusedBeforeTheServlet() throws Exception {
    HttpResponse<String> r = server.raw("/orders/7", Map.of());
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"__type\":\"MissingAuthenticationToken\""), r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertFalse(r.body().contains("order 7"), r.body());
    server.awaitAuditEvent("\"type\":\"Anonymous\"", "\"eventName\":\"GetOrder\"", "\"decision\":\"ImplicitDeny\"",
        "\"path\":\"/orders/7\"");
  }

  @Test
  void aSignedRequestReachesTheServletAndIsAudited() throws Exception {
    HttpResponse<String> r = signed("GET", "/orders/8", "", Map.of(), BOB_KEY, BOB_SECRET);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("order 8", r.body());
    server.awaitAuditEvent("\"eventName\":\"GetOrder\"", "\"decision\":\"Allow\"", "order/8", "\"arn\":\"" + BOB + "\"");
  }

  @Test
  void aCallerNoPolicyAllowsIsRefused403() throws Exception {
    HttpResponse<String> r = signed("GET", "/orders/9", "", Map.of(), ALICE_KEY, ALICE_SECRET);
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"__type\":\"AccessDeniedException\""), r.body());
    assertFalse(r.body().contains("order 9"), r.body());
  }

  @Test
  void aBadSignatureIsRefused401() throws Exception {
    HttpResponse<String> r = signed("GET", "/orders/10", "", Map.of(), BOB_KEY, "not" + BOB_SECRET);
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().contains("SignatureDoesNotMatch"), r.body());
  }

  @Test
  void aPathNoRouteMatchesIsDenied() throws Exception {
    HttpResponse<String> r = signed("GET", "/admin/users", "", Map.of(), BOB_KEY, BOB_SECRET);
    assertEquals(403, r.statusCode(), r.body());
    assertFalse(r.body().contains("reached"), r.body());
  }

  @Test
  void aSignedJsonBodyReachesTheServletIntactThroughTheWrapper() throws Exception {
    String json = "{\"item\":\"gold bar\",\"qty\":2,\"note\":\"caf\u00e9\"}";
    HttpResponse<String> r = signed("POST", "/orders/11", json, Map.of("Content-Type", "application/json"),
        BOB_KEY, BOB_SECRET);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("got " + json, r.body());
    assertEquals(String.valueOf(json.getBytes(StandardCharsets.UTF_8).length),
        r.headers().firstValue("X-Content-Length").orElse(""));
    assertEquals(WRAPPER, r.headers().firstValue("X-Request-Class").orElse(""));
    server.awaitAuditEvent("\"eventName\":\"PutOrder\"", "\"decision\":\"Allow\"", "order/11");
  }

  @Test
  void aSignedBodyWithItsDeclaredHashReachesTheServlet() throws Exception {
    HttpResponse<String> r = signed("POST", "/orders/12", "hello", Map.of("X-Amz-Content-Sha256", sha256("hello")),
        BOB_KEY, BOB_SECRET);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("got hello", r.body());
  }

  @Test
  void aSignedFormPostsParametersReachTheServletAfterTheQueryStrings() throws Exception {
    HttpResponse<String> r = signed("POST", "/orders/16?channel=web", "item=gold+bar&qty=2",
        Map.of("Content-Type", "application/x-www-form-urlencoded"), BOB_KEY, BOB_SECRET);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("form item=gold bar qty=2 channel=web names=[channel, item, qty]", r.body());
    assertEquals(WRAPPER, r.headers().firstValue("X-Request-Class").orElse(""));
  }

  @Test
  void aTamperedBodyIsRefusedBeforeTheServlet() throws Exception {
    HttpResponse<String> r = BotocoreSigner.sendSignedOver(server, "POST", "/orders/17", "{\"qty\":1}",
        "{\"qty\":9}", Map.of("Content-Type", "application/json"), BOB_KEY, BOB_SECRET, "shop");
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"__type\":\"SignatureDoesNotMatch\""), r.body());
    assertFalse(r.body().contains("got"), r.body());
  }

  @Test
  void aTamperedBodyUnderItsDeclaredHashIsRefused() throws Exception {
    HttpResponse<String> r = BotocoreSigner.sendSignedOver(server, "POST", "/orders/18", "{\"qty\":1}",
        "{\"qty\":9}", Map.of("X-Amz-Content-Sha256", sha256("{\"qty\":1}")), BOB_KEY, BOB_SECRET, "shop");
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"__type\":\"SignatureDoesNotMatch\""), r.body());
    assertTrue(r.body().contains("x-amz-content-sha256"), r.body());
  }

  @Test
  void anUnsignedPayloadIsStreamedToTheServletUntouched() throws Exception {
    HttpResponse<String> r = signed("POST", "/orders/19", "streamed as sent",
        Map.of("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD"), BOB_KEY, BOB_SECRET);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("got streamed as sent", r.body());
    assertNotEquals(WRAPPER, r.headers().firstValue("X-Request-Class").orElse(""), "the container's own request");
  }

  @Test
  void aSignedBodyDeclaredOverTheLimitIsRefused413BeforeItIsRead() throws Exception {
    String head = signedHead("/orders/20", "Content-Length: " + (16 * 1024 * 1024 + 1));
    String answer = exchangeRaw(head, out -> { });
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.contains("RequestEntityTooLarge"), answer);
  }

  @Test
  void aChunkedSignedBodyOverTheLimitIsRefused413() throws Exception {
    String head = signedHead("/orders/21", "Transfer-Encoding: chunked");
    String answer = exchangeRaw(head, out -> {
      byte[] chunk = new byte[1024 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'x');
      for (int i = 0; i < 16; i++) {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("1\r\nx\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    });
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.contains("RequestEntityTooLarge"), answer);
  }

  /** The head of a POST whose headers botocore signed (over an empty body: the size is refused first). */
  private String signedHead(String path, String bodyHeader) throws Exception {
    Map<String, String> headers = BotocoreSigner.sign("POST", server.uri(path), "", Map.of(), BOB_KEY, BOB_SECRET,
        "us-east-1", "shop");
    StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + server.uri(path).getAuthority()
        + "\r\nConnection: close\r\n" + bodyHeader + "\r\n");
    headers.forEach((k, v) -> {
      if (!k.equalsIgnoreCase("host") && !k.equalsIgnoreCase("content-length")) {
        head.append(k).append(": ").append(v).append("\r\n");
      }
    });
    return head.append("\r\n").toString();
  }

  /**
   * What the server answers a request written by hand on a socket (its head, then the body written):
   * the response's head and as much of its body as its {@code Content-Length} says, read without
   * waiting for the server to close the connection (it may wait for the rest of the body first).
   */
  private String exchangeRaw(String head, BodyWriter body) throws Exception {
    URI uri = server.uri("/");
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      try {
        body.write(out);
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before the whole body is written.
      }
      InputStream in = socket.getInputStream();
      StringBuilder response = new StringBuilder();
      while (response.indexOf("\r\n\r\n") < 0) {
        int c = in.read();
        if (c < 0) {
          return response.toString();
        }
        response.append((char) c);
      }
      Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(response);
      if (length.find()) {
        response.append(new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8));
      }
      return response.toString();
    }
  }

  private interface BodyWriter {
    void write(OutputStream out) throws IOException;
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anEditOfTheAccountFileIsInForceWithoutARestartAndABrokenOneIsNot() throws Exception {
    assertEquals(403, signed("GET", "/orders/13", "", Map.of(), CAROL_KEY, CAROL_SECRET).statusCode());
    HostJvm.write(dir.resolve("shop.yaml"), ACCOUNTS.replace("  - UserName: carol\n", """
          - UserName: carol
            UserPolicyList:
              - PolicyName: orders
                PolicyDocument: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: shop:GetOrder, Resource: "*"}]}
        """));
    assertEquals(200, statusWithin(Duration.ofSeconds(5), 200, CAROL_KEY, CAROL_SECRET));
    HostJvm.write(dir.resolve("shop.yaml"), "AccountId: [\n");
    Thread.sleep(2500);
    HttpResponse<String> r = signed("GET", "/orders/14", "", Map.of(), CAROL_KEY, CAROL_SECRET);
    assertEquals(200, r.statusCode(), "a broken edit keeps the accounts in force: " + r.body());
    HostJvm.write(dir.resolve("shop.yaml"), ACCOUNTS);
    assertEquals(403, statusWithin(Duration.ofSeconds(5), 403, CAROL_KEY, CAROL_SECRET));
  }

  /** The status of carol's request once it is the expected one, or the last one seen when time is up. */
  private int statusWithin(Duration time, int expected, String key, String secret) throws Exception {
    long deadline = System.nanoTime() + time.toNanos();
    int status;
    do {
      status = signed("GET", "/orders/15", "", Map.of(), key, secret).statusCode();
      if (status != expected) {
        Thread.sleep(100);
      }
    } while (status != expected && System.nanoTime() < deadline);
    return status;
  }
}
