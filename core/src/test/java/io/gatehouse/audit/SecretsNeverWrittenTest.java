package io.gatehouse.audit;

import static io.gatehouse.audit.AuditFixture.CLOCK;
import static io.gatehouse.audit.AuditFixture.NOW;
import static io.gatehouse.audit.AuditFixture.ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Enforcer;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Caller;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No password, secret key, session token, MFA code or signature reaches an event or a log line. */
class SecretsNeverWrittenTest {
  @TempDir Path dir;

  /** Secret parameters under the names they usually have, each with its own recognisable value. */
  private static Map<String, String> secrets() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Password", "secret-password-1");
    m.put("NewPassword", "secret-new-password-2");
    m.put("OldPassword", "secret-old-password-3");
    m.put("SecretAccessKey", "wJalrXUtnFEMIK7MDENGbPxRfiCYSECRET0004");
    m.put("SessionToken", "GHST1.secret-session-token-5");
    m.put("X-Amz-Security-Token", "secret-security-token-6");
    m.put("x-amz-security-token", "secret-security-token-7");
    m.put("TokenCode", "135791");
    m.put("AuthenticationCode1", "246802");
    m.put("AuthenticationCode2", "975310");
    m.put("Signature", "secret-signature-11");
    m.put("X-Amz-Signature", "secret-signature-12");
    m.put("Authorization", "Bearer secret-bearer-13");
    m.put("WebIdentityToken", "eyJsecret-id-token-14");
    m.put("client_secret", "secret-client-15");
    m.put("Base32StringSeed", "JBSWY3DPSECRET16");
    m.put("Cookie", "session=secret-cookie-17");
    return m;
  }

  /** Ordinary parameters whose values carry secrets inside them. */
  private static Map<String, String> embedded() {
    return Map.of(
        "path", "/orders/7?X-Amz-Credential=AKIAALICE0000000001&X-Amz-Security-Token=secret-embedded-20"
            + "&X-Amz-Signature=secret-embedded-21",
        "headers", "Authorization: AWS4-HMAC-SHA256 Credential=AKIAALICE0000000001/20261122/eu-west-1/shop/aws4_request,"
            + " SignedHeaders=host, Signature=secret-embedded-22",
        "body", "{\"userName\":\"alice\",\"password\":\"secret-embedded-23\"}",
        "orderId", "7");
  }

  private static final List<String> SECRET_VALUES = List.of("secret-password-1", "secret-new-password-2",
      "secret-old-password-3", "wJalrXUtnFEMIK7MDENGbPxRfiCYSECRET0004", "secret-session-token-5",
      "secret-security-token-6", "secret-security-token-7", "135791", "246802", "975310", "secret-signature-11",
      "secret-signature-12", "secret-bearer-13", "secret-id-token-14", "secret-client-15", "JBSWY3DPSECRET16",
      "secret-cookie-17", "secret-embedded-20", "secret-embedded-21", "secret-embedded-22", "secret-embedded-23");

  @Test
  void secretsInParametersContextsAndErrorsAreNeverWritten() throws Exception {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(secrets());
    all.putAll(embedded());
    RequestContext context = RequestContext.builder()
        .put("aws:SourceIp", "203.0.113.7").put("aws:SecureTransport", "true")
        .put("X-Amz-Security-Token", "secret-security-token-6").put("Password", "secret-password-1").build();
    try (Log4jAuditTrail trail = Log4jAuditTrail.open(AuditOptions.inDirectory(dir), PrincipalIds.none(),
        new PrintStream(errors, true, StandardCharsets.UTF_8))) {
      Enforcer enforcer = new Enforcer(AuditFixture.authorizer(), trail, EnforcementMode.ENFORCE, CLOCK);
      RequestInfo info = new RequestInfo(null, "203.0.113.7", "app/1.0 Signature=secret-signature-11", all);
      for (Caller caller : List.of(AuditFixture.alice(), AuditFixture.supportSession())) {
        enforcer.decide(caller, "shop:GetOrder", ORDER, context, EnforcementPoint.FILTER, info);
        enforcer.decide(caller, "shop:DeleteOrder", ORDER, context, EnforcementPoint.FILTER, info);
      }
      for (String operation : List.of("ChangePassword", "CreateLoginProfile", "AssumeRole", "GetSessionToken",
          "EnableMFADevice", "CreateAccessKey")) {
        trail.change(new ChangeEvent(NOW, "e-" + operation, AuditFixture.alice(),
            operation.contains("Session") || operation.equals("AssumeRole") ? "sts.amazonaws.com" : "iam.amazonaws.com",
            operation, all, List.of(), "AccessDenied", "refused: Password=secret-password-1 TokenCode=135791", info));
      }
    }
    String written = Files.readString(dir.resolve("gatehouse-audit.log"));
    assertEquals(2 * 2 + 6, written.lines().count());
    for (String secret : SECRET_VALUES) {
      assertFalse(written.contains(secret), () -> secret + " was written: " + written);
    }
    assertEquals("", errors.toString(StandardCharsets.UTF_8));
    // Secret names stay visible (what was sent is known, not its value); ordinary values are kept.
    assertTrue(written.contains("\"TokenCode\":\"HIDDEN_DUE_TO_SECURITY_REASONS\""), written);
    assertTrue(written.contains("\"orderId\":\"7\""), written);
    assertTrue(written.contains("X-Amz-Credential=AKIAALICE0000000001&X-Amz-Security-Token=HIDDEN_DUE_TO_SECURITY_REASONS"),
        written);
    assertFalse(written.contains("aws:SecureTransport"), "the request context is never written wholesale");
  }

  @Test
  void everyUsualSecretNameIsRecognisedWhateverItsCase() {
    for (String name : secrets().keySet()) {
      assertTrue(io.gatehouse.audit.internal.ParameterRedaction.isSecretName(name), name);
      assertTrue(io.gatehouse.audit.internal.ParameterRedaction.isSecretName(name.toUpperCase()), name);
    }
    for (String name : List.of("userName", "orderId", "path", "method", "roleArn", "durationSeconds", "serialNumber")) {
      assertFalse(io.gatehouse.audit.internal.ParameterRedaction.isSecretName(name), name);
    }
  }
}
