package io.gatehouse.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * boto3 (unpatched, from the machine's Python) drives the servlet on Jetty: {@code boto3_flow.py}
 * creates a user, a group and a policy, attaches it, creates an access key and signs with it,
 * assumes a role and pages through users with the temporary credentials, simulates the user's
 * policies with a context entry, and reads back errors; it prints what it saw as JSON.
 */
class Boto3EndToEndTest {
  @TempDir Path dir;

  @Test
  void boto3AdministersTheAccountAndUsesTheCredentialsItGets() throws Exception {
    try (ApiServer server = ApiServer.start(dir, "/")) {
      AwsCli python = new AwsCli(server.endpoint(), dir.resolve("home"));
      Path script = Path.of(Boto3EndToEndTest.class.getResource("/boto3_flow.py").toURI());
      AwsCli.Result r = python.run(List.of("python3", script.toString()), ApiServer.ADMIN_KEY, ApiServer.ADMIN_SECRET,
          null);
      assertEquals(0, r.exitCode(), r::toString);
      String out = r.stdout();
      assertContains(out, "\"caller\": \"arn:aws:iam::111122223333:user/admin\"");
      assertContains(out, "\"policyVersionDocument\": {\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": "
          + "\"ReadSelf\"");
      assertContains(out, "\"keyCreateDateType\": \"datetime\"");
      assertContains(out, "\"appCaller\": \"arn:aws:iam::111122223333:user/apps/app\"");
      assertContains(out, "\"appGetUser\": \"app\"");
      assertContains(out, "\"appCreateUser\": [\"AccessDenied\", 403]");
      assertContains(out, "\"expirationType\": \"datetime\"");
      assertContains(out, "\"sessionCaller\": \"arn:aws:sts::111122223333:assumed-role/deployer/boto3\"");
      assertContains(out, "\"sessionUsers\": [\"admin\", \"app\", \"reader\"]");
      assertContains(out, "\"simulation\": [[\"iam:GetUser\", \"allowed\", [\"AppRead\"]], "
          + "[\"iam:DeleteUser\", \"implicitDeny\", []]]");
      assertContains(out, "\"noSuchUser\": [\"NoSuchEntity\", 404]");
      assertContains(out, "\"duplicate\": [\"EntityAlreadyExists\", 409]");
      assertContains(out, "\"badName\": [\"ValidationError\", 400]");
      assertContains(out, "\"malformed\": [\"MalformedPolicyDocument\", 400]");
      assertContains(out, "\"deleteConflict\": [\"DeleteConflict\", 409]");
    }
  }

  private static void assertContains(String out, String expected) {
    assertTrue(out.contains(expected), () -> "expected " + expected + " in " + out);
  }
}
