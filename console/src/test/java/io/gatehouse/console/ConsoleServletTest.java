package io.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's HTTP contract on Jetty with java.net.http: cookies, CSRF, throttling, the API bridge, audit access. */
class ConsoleServletTest {
  @TempDir static Path dir;
  static ConsoleServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    server = ConsoleServer.start(dir, 2);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  record SignedIn(String cookie, String csrf) {}

  static HttpResponse<String> signIn(String user, String password, String code) throws Exception {
    return signIn(server, user, password, code);
  }

  static HttpResponse<String> signIn(ConsoleServer server, String user, String password, String code)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("user", user);
    form.put("password", password);
    if (code != null) {
      form.put("mfaCode", code);
    }
    return HTTP.send(HttpRequest.newBuilder(server.console().resolve("signin"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-Gatehouse-Console", "1")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
  }

  static SignedIn session(String user, String password) throws Exception {
    HttpResponse<String> r = signIn(user, password, null);
    assertEquals(200, r.statusCode(), r.body());
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    return new SignedIn(cookie, field(r.body(), "csrfToken"));
  }

  static HttpResponse<String> api(SignedIn s, String csrf, Map<String, String> params) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.console().resolve("api"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", s.cookie())
        .POST(HttpRequest.BodyPublishers.ofString(encode(params)));
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void signInSetsAStrictHttpOnlySessionCookieAndRunsApiCallsAsTheUser() throws Exception {
    HttpResponse<String> r = signIn("reader", ConsoleServer.READER_PASSWORD, null);
    assertEquals(200, r.statusCode(), r.body());
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.startsWith("gatehouse-console="), setCookie);
    assertTrue(setCookie.contains("; Path=/gatehouse/console"), setCookie);
    assertTrue(setCookie.contains("; HttpOnly") && setCookie.contains("; SameSite=Strict"), setCookie);
    assertTrue(setCookie.contains("; Max-Age=3600"), setCookie);
    assertFalse(setCookie.contains("Secure"), "not on plain HTTP: " + setCookie);
    SignedIn s = new SignedIn(setCookie.split(";")[0], field(r.body(), "csrfToken"));

    HttpResponse<String> users = api(s, s.csrf(), Map.of("Action", "ListUsers", "Version", "2010-05-08"));
    assertEquals(200, users.statusCode(), users.body());
    assertTrue(users.body().contains("<UserName>admin</UserName>"), users.body());
    assertTrue(users.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));

    HttpResponse<String> create = api(s, s.csrf(), Map.of("Action", "CreateUser", "Version", "2010-05-08",
        "UserName", "mallory"));
    assertEquals(403, create.statusCode(), create.body());
    assertTrue(create.body().contains("<Code>AccessDenied</Code>"), create.body());
    assertTrue(server.store.snapshot().account(ConsoleServer.ACCOUNT).orElseThrow().user("mallory").isEmpty());
  }

  @Test
  void writesWithoutTheSessionsCsrfTokenAreRefused() throws Exception {
    SignedIn s = session("reader", ConsoleServer.READER_PASSWORD);
    SignedIn other = session("nobody", ConsoleServer.NOBODY_PASSWORD);
    Map<String, String> call = Map.of("Action", "ListUsers", "Version", "2010-05-08");
    assertEquals(403, api(s, null, call).statusCode());
    assertEquals(403, api(s, other.csrf(), call).statusCode(), "another session's token");
    assertTrue(api(s, "x", call).body().contains("InvalidCsrfToken"));
    HttpResponse<String> signOut = HTTP.send(HttpRequest.newBuilder(server.console().resolve("signout"))
        .header("Cookie", s.cookie()).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, signOut.statusCode(), "sign-out needs the token too");
  }

  @Test
  void aTamperedCookieOrASignedOutSessionIsNotSignedIn() throws Exception {
    SignedIn s = session("reader", ConsoleServer.READER_PASSWORD);
    String value = s.cookie().substring(s.cookie().indexOf('=') + 1);
    String tampered = "gatehouse-console=" + value.substring(0, value.indexOf('.') - 2) + "AA" + value.substring(
        value.indexOf('.'));
    Map<String, String> call = Map.of("Action", "ListUsers", "Version", "2010-05-08");
    assertEquals(401, api(new SignedIn(tampered, s.csrf()), s.csrf(), call).statusCode());
    HttpResponse<String> out = HTTP.send(HttpRequest.newBuilder(server.console().resolve("signout"))
        .header("Cookie", s.cookie()).header("X-CSRF-Token", s.csrf()).POST(HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, out.statusCode(), out.body());
    assertTrue(out.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
    assertEquals(401, api(s, s.csrf(), call).statusCode(), "the old cookie no longer works");
  }

  @Test
  void signInWithoutTheConsoleHeaderIsRefused() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.console().resolve("signin"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("user=reader&password=" + ConsoleServer.READER_PASSWORD)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, r.statusCode());
    assertTrue(r.headers().firstValue("Set-Cookie").isEmpty());
  }

  @Test
  void theAdminNeedsAnMfaCode() throws Exception {
    HttpResponse<String> r = signIn("admin", ConsoleServer.ADMIN_PASSWORD, null);
    assertEquals(401, r.statusCode());
    assertTrue(r.body().contains("\"mfaRequired\":true"), r.body());
    HttpResponse<String> ok = signIn("admin", ConsoleServer.ADMIN_PASSWORD, ConsoleServer.mfaCode(Instant.now()));
    assertEquals(200, ok.statusCode(), ok.body());
    assertTrue(ok.body().contains("\"mfa\":true"), ok.body());
  }

  @Test
  void repeatedFailuresAreThrottledWithRetryAfterAndAudited(@TempDir Path own) throws Exception {
    // A server of its own: the lockout covers the client address, which every test shares.
    try (ConsoleServer locking = ConsoleServer.start(own, 2)) {
      for (int i = 0; i < 3; i++) {
        assertEquals(401, signIn(locking, "nobody", "wrong-" + i, null).statusCode());
      }
      HttpResponse<String> locked = signIn(locking, "nobody", ConsoleServer.NOBODY_PASSWORD, null);
      assertEquals(429, locked.statusCode(), "even the right password waits: " + locked.body());
      long retry = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(retry >= 1 && retry <= 30, "Retry-After " + retry);
      assertTrue(locked.body().contains("Throttling"), locked.body());
      HttpResponse<String> otherUser = signIn(locking, "reader", ConsoleServer.READER_PASSWORD, null);
      assertEquals(429, otherUser.statusCode(), "the address is locked out too");
      String audit = locking.awaitAudit("\"errorCode\":\"Throttling\"");
      assertTrue(audit.contains("\"eventName\":\"ConsoleLogin\""), audit);
      assertTrue(audit.contains("\"sourceIPAddress\":\"127.0.0.1\""), "the client's address: " + audit);
      assertFalse(audit.contains(ConsoleServer.NOBODY_PASSWORD), "no password in the audit trail");
    }
  }

  @Test
  void theAuditTrailIsReadableOnlyWithCloudtrailLookupEvents() throws Exception {
    SignedIn nobody = session("nobody", ConsoleServer.NOBODY_PASSWORD);
    HttpResponse<String> denied = get(nobody, "audit/events");
    assertEquals(403, denied.statusCode(), denied.body());
    assertTrue(denied.body().contains("AccessDenied") && denied.body().contains("cloudtrail:LookupEvents"),
        denied.body());
    SignedIn reader = session("reader", ConsoleServer.READER_PASSWORD);
    HttpResponse<String> allowed = get(reader, "audit/events?action=" + URLEncoder.encode("signin:ConsoleLogin",
        StandardCharsets.UTF_8));
    assertEquals(200, allowed.statusCode(), allowed.body());
    assertTrue(allowed.body().contains("\"events\":["), allowed.body());
  }

  @Test
  void theEditorEndpointLocatesProblems() throws Exception {
    SignedIn s = session("nobody", ConsoleServer.NOBODY_PASSWORD);
    String broken = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n    \"Effect\": \"Allw\",\n"
        + "    \"Action\": \"iam:ListUsers\", \"Resource\": \"*\"}]\n}";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.console().resolve("validate"))
        .header("Cookie", s.cookie()).header("X-CSRF-Token", s.csrf())
        .POST(HttpRequest.BodyPublishers.ofString(broken)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"valid\":false") && r.body().contains("\"line\":4"), r.body());
  }

  static HttpResponse<String> get(SignedIn s, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.console().resolve(path)).header("Cookie", s.cookie())
        .header("X-CSRF-Token", s.csrf()).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    assertTrue(m.find(), json);
    return m.group(1);
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }
}
