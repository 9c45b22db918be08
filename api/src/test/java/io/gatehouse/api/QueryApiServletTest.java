package io.gatehouse.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The servlet on a real container, called with java.net.http and SigV4-signed form POSTs; run on
 * Jetty and on Tomcat by the subclasses.
 */
abstract class QueryApiServletTest {
  private static final String IAM = "Version=2010-05-08&Action=";
  private static final String STS = "Version=2011-06-15&Action=";

  @TempDir Path dir;
  private ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final TestSigner admin = new TestSigner(ApiServer.ADMIN_KEY, ApiServer.ADMIN_SECRET, null);
  private final TestSigner reader = new TestSigner(ApiServer.READER_KEY, ApiServer.READER_SECRET, null);

  /** The container the tests run on. */
  abstract ApiServer.Container container();

  @BeforeEach
  void start() throws Exception {
    server = ApiServer.start(container(), dir, "/");
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> call(TestSigner signer, String service, String body) throws Exception {
    return send(signer.post(server.endpoint(), service, body, Instant.now()));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String element(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
    assertTrue(m.find(), () -> "no <" + name + "> in " + xml);
    return m.group(1);
  }

  @Test
  void getCallerIdentityAnswersInStsXml() throws Exception {
    HttpResponse<String> r = call(admin, "sts", STS + "GetCallerIdentity");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("text/xml;charset=utf-8",
        r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase(java.util.Locale.ROOT));
    assertTrue(r.body().contains("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"));
    assertEquals("arn:aws:iam::111122223333:user/admin", element(r.body(), "Arn"));
    assertEquals("111122223333", element(r.body(), "Account"));
    assertTrue(element(r.body(), "UserId").startsWith("AIDA"));
    assertFalse(element(r.body(), "RequestId").isBlank());
  }

  @Test
  void aCreatedUserIsSavedAndAskedForAgainIsAConflict() throws Exception {
    HttpResponse<String> created = call(admin, "iam", IAM + "CreateUser&UserName=carol&Path=%2Fteam%2F");
    assertEquals(200, created.statusCode(), created.body());
    assertTrue(created.body().contains("<CreateUserResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"));
    assertTrue(created.body().contains("<CreateUserResult>"));
    assertEquals("arn:aws:iam::111122223333:user/team/carol", element(created.body(), "Arn"));
    assertTrue(Files.readString(server.accountFile).contains("carol"), "saved to the account file");

    HttpResponse<String> again = call(admin, "iam", IAM + "CreateUser&UserName=carol");
    assertEquals(409, again.statusCode());
    assertTrue(again.body().contains("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"));
    assertEquals("Sender", element(again.body(), "Type"));
    assertEquals("EntityAlreadyExists", element(again.body(), "Code"));
    assertEquals("User with name carol already exists.", element(again.body(), "Message"));

    HttpResponse<String> missing = call(admin, "iam", IAM + "GetUser&UserName=nobody");
    assertEquals(404, missing.statusCode());
    assertEquals("NoSuchEntity", element(missing.body(), "Code"));
  }

  @Test
  void anActionWithoutResultAnswersOnlyTheRequestId() throws Exception {
    call(admin, "iam", IAM + "CreateGroup&GroupName=ops");
    HttpResponse<String> r = call(admin, "iam", IAM + "DeleteGroup&GroupName=ops");
    assertEquals(200, r.statusCode(), r.body());
    assertFalse(r.body().contains("DeleteGroupResult"));
    assertTrue(r.body().contains("<ResponseMetadata>"));
  }

  @Test
  void policyDocumentsAreTakenAndGivenUrlEncoded() throws Exception {
    String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:Get*\","
        + "\"Resource\":\"*\"}]}";
    HttpResponse<String> put = call(admin, "iam", IAM + "PutUserPolicy&UserName=reader&PolicyName=s3&PolicyDocument="
        + enc(doc));
    assertEquals(200, put.statusCode(), put.body());
    HttpResponse<String> got = call(admin, "iam", IAM + "GetUserPolicy&UserName=reader&PolicyName=s3");
    assertEquals(200, got.statusCode(), got.body());
    String encoded = element(got.body(), "PolicyDocument");
    assertTrue(encoded.startsWith("%7B"), encoded);
    assertTrue(java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8).contains("\"s3:Get*\""));

    HttpResponse<String> malformed = call(admin, "iam", IAM + "PutUserPolicy&UserName=reader&PolicyName=bad"
        + "&PolicyDocument=" + enc("{\"Statement\": ["));
    assertEquals(400, malformed.statusCode());
    assertEquals("MalformedPolicyDocument", element(malformed.body(), "Code"));
  }

  @Test
  void listsArePagedWithMarkerAndMembers() throws Exception {
    HttpResponse<String> page = call(admin, "iam", IAM + "ListUsers&MaxItems=1");
    assertEquals(200, page.statusCode(), page.body());
    assertEquals("true", element(page.body(), "IsTruncated"));
    assertTrue(page.body().contains("<Users>\n      <member>"), page.body());
    String marker = element(page.body(), "Marker");
    HttpResponse<String> next = call(admin, "iam", IAM + "ListUsers&MaxItems=5&Marker=" + enc(marker));
    assertEquals("false", element(next.body(), "IsTruncated"));
    assertEquals("reader", element(next.body(), "UserName"));
    assertFalse(next.body().contains("<Marker>"));
  }

  @Test
  void aUserWithoutIamWritesIsRefusedAndNothingChanges() throws Exception {
    byte[] before = Files.readAllBytes(server.accountFile);
    for (String write : new String[] {"CreateUser&UserName=mallory", "DeleteUser&UserName=admin",
        "CreateAccessKey&UserName=admin", "AttachUserPolicy&UserName=reader&PolicyArn="
            + enc("arn:aws:iam::aws:policy/AdministratorAccess"), "CreateGroup&GroupName=x"}) {
      HttpResponse<String> r = call(reader, "iam", IAM + write);
      assertEquals(403, r.statusCode(), write + ": " + r.body());
      assertEquals("AccessDenied", element(r.body(), "Code"));
      assertTrue(element(r.body(), "Message").startsWith("User: arn:aws:iam::111122223333:user/reader is not "
          + "authorized to perform: iam:"), r.body());
    }
    HttpResponse<String> denied = call(reader, "iam", IAM + "CreateUser&UserName=mallory");
    assertEquals("User: arn:aws:iam::111122223333:user/reader is not authorized to perform: iam:CreateUser on "
        + "resource: arn:aws:iam::111122223333:user/mallory because no identity-based policy allows the "
        + "iam:CreateUser action", element(denied.body(), "Message"));
    assertArrayEquals(before, Files.readAllBytes(server.accountFile));
    assertEquals(200, call(reader, "iam", IAM + "GetUser&UserName=admin").statusCode());
    assertEquals("reader", element(call(reader, "iam", IAM + "GetUser").body(), "UserName"),
        "GetUser without UserName is the caller");
  }

  @Test
  void aSignedGetCarriesTheParametersInTheQueryString() throws Exception {
    HttpResponse<String> r = send(admin.get(server.endpoint(), "iam",
        "Action=GetUser&UserName=reader&Version=2010-05-08", Instant.now()));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("reader", element(r.body(), "UserName"));
  }

  @Test
  void concurrentWritersAllLand() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String body = IAM + "CreateUser&UserName=parallel-" + i;
        answers.add(pool.submit(() -> call(admin, "iam", body)));
      }
      for (java.util.concurrent.Future<HttpResponse<String>> a : answers) {
        assertEquals(200, a.get().statusCode(), a.get().body());
      }
    } finally {
      pool.shutdown();
    }
    String saved = Files.readString(server.accountFile);
    for (int i = 0; i < 12; i++) {
      assertTrue(saved.contains("UserName: parallel-" + i + "\n"), "parallel-" + i + " saved");
    }
  }

  @Test
  void badSignaturesAreRefusedInAwsWords() throws Exception {
    TestSigner wrongSecret = new TestSigner(ApiServer.ADMIN_KEY, "not-the-secret", null);
    HttpResponse<String> r = call(wrongSecret, "iam", IAM + "ListUsers");
    assertEquals(403, r.statusCode());
    assertEquals("SignatureDoesNotMatch", element(r.body(), "Code"));
    HttpResponse<String> unknown = call(new TestSigner("AKIAUNKNOWN000000001", "x", null), "iam", IAM + "ListUsers");
    assertEquals(403, unknown.statusCode());
    assertEquals("InvalidClientTokenId", element(unknown.body(), "Code"));
    HttpResponse<String> wrongService = call(admin, "sts", IAM + "ListUsers");
    assertEquals(403, wrongService.statusCode());
    assertEquals("SignatureDoesNotMatch", element(wrongService.body(), "Code"));
    HttpResponse<String> unsigned = send(HttpRequest.newBuilder(server.endpoint())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(IAM + "ListUsers")).build());
    assertEquals(403, unsigned.statusCode());
    assertEquals("MissingAuthenticationToken", element(unsigned.body(), "Code"));
    HttpResponse<String> old = send(admin.post(server.endpoint(), "iam", IAM + "ListUsers",
        Instant.now().minusSeconds(3600)));
    assertEquals(403, old.statusCode());
    assertEquals("SignatureDoesNotMatch", element(old.body(), "Code"));
    assertTrue(element(old.body(), "Message").startsWith("Signature expired"));
  }

  @Test
  void assumedRoleCredentialsSignLaterCallsWithTheRolesPermissions() throws Exception {
    HttpResponse<String> assumed = call(reader, "sts", STS + "AssumeRole&RoleSessionName=deploy-1&RoleArn="
        + enc("arn:aws:iam::111122223333:role/deployer") + "&DurationSeconds=900");
    assertEquals(200, assumed.statusCode(), assumed.body());
    assertEquals("arn:aws:sts::111122223333:assumed-role/deployer/deploy-1", element(assumed.body(), "Arn"));
    TestSigner session = new TestSigner(element(assumed.body(), "AccessKeyId"),
        element(assumed.body(), "SecretAccessKey"), element(assumed.body(), "SessionToken"));
    HttpResponse<String> who = call(session, "sts", STS + "GetCallerIdentity");
    assertEquals(200, who.statusCode(), who.body());
    assertEquals("arn:aws:sts::111122223333:assumed-role/deployer/deploy-1", element(who.body(), "Arn"));
    assertTrue(element(who.body(), "UserId").endsWith(":deploy-1"));
    assertEquals(200, call(session, "iam", IAM + "ListUsers").statusCode());
    HttpResponse<String> write = call(session, "iam", IAM + "CreateUser&UserName=x");
    assertEquals(403, write.statusCode());
    assertEquals("AccessDenied", element(write.body(), "Code"));

    HttpResponse<String> notTrusted = call(reader, "sts", STS + "AssumeRole&RoleSessionName=sess&RoleArn="
        + enc("arn:aws:iam::111122223333:role/nobody"));
    assertEquals(403, notTrusted.statusCode());
    assertTrue(notTrusted.body().contains("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"));
    assertEquals("AccessDenied", element(notTrusted.body(), "Code"));
    HttpResponse<String> missing = call(reader, "sts", STS + "AssumeRole&RoleSessionName=sess");
    assertEquals(400, missing.statusCode());
    assertEquals("ValidationError", element(missing.body(), "Code"));
  }

  @Test
  void getSessionTokenGivesUserSessionCredentials() throws Exception {
    HttpResponse<String> r = call(admin, "sts", STS + "GetSessionToken&DurationSeconds=900");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(element(r.body(), "AccessKeyId").startsWith("ASIA"));
    assertTrue(element(r.body(), "Expiration").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    TestSigner session = new TestSigner(element(r.body(), "AccessKeyId"), element(r.body(), "SecretAccessKey"),
        element(r.body(), "SessionToken"));
    assertEquals("arn:aws:iam::111122223333:user/admin",
        element(call(session, "sts", STS + "GetCallerIdentity").body(), "Arn"));
  }

  @Test
  void unknownActionsAndMalformedFormsAreSenderErrors() throws Exception {
    HttpResponse<String> r = call(admin, "iam", IAM + "CreateUsers");
    assertEquals(400, r.statusCode());
    assertEquals("InvalidAction", element(r.body(), "Code"));
    HttpResponse<String> missing = call(admin, "iam", "Version=2010-05-08");
    assertEquals(400, missing.statusCode());
    assertEquals("MissingAction", element(missing.body(), "Code"));
    HttpResponse<String> malformed = call(admin, "iam", IAM + "GetUser&UserName=%zz");
    assertEquals(400, malformed.statusCode());
    assertEquals("MalformedQueryString", element(malformed.body(), "Code"));
  }

  @Test
  void webIdentityIsAcceptedUnsignedByGet() throws Exception {
    String query = STS + "AssumeRoleWithWebIdentity&RoleSessionName=web&WebIdentityToken=not.a.jwt&RoleArn="
        + enc("arn:aws:iam::111122223333:role/deployer");
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?" + query)).GET().build());
    assertTrue(r.body().contains("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"), r.body());
    assertFalse(r.body().contains("MissingAuthenticationToken"), r.body());
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("InvalidIdentityToken", element(r.body(), "Code"));
  }

  @Test
  void mountedUnderAPathTheSignatureCoversThePath() throws Exception {
    try (ApiServer nested = ApiServer.start(container(), Files.createDirectory(dir.resolve("nested")),
        "/admin/iam")) {
      HttpResponse<String> r = send(admin.post(nested.endpoint(), "iam", IAM + "GetUser", Instant.now()));
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("admin", element(r.body(), "UserName"));
    }
  }
}
