package io.gatehouse.audit;

import static io.gatehouse.audit.AuditFixture.ALICE;
import static io.gatehouse.audit.AuditFixture.CLOCK;
import static io.gatehouse.audit.AuditFixture.NOW;
import static io.gatehouse.audit.AuditFixture.ORDER;
import static io.gatehouse.audit.AuditFixture.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Decision;
import io.gatehouse.DecisionType;
import io.gatehouse.Enforcer;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Log4jAuditTrailTest {
  private static final String EVENT_ID = "6f1c1b2e-0000-4000-8000-000000000001";

  @TempDir Path dir;
  private final AccountAuthorizer authorizer = AuditFixture.authorizer();
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

  private Log4jAuditTrail open(AuditOptions options) {
    return Log4jAuditTrail.open(options, PrincipalIds.of(AuditFixture::accounts),
        new PrintStream(errors, true, StandardCharsets.UTF_8));
  }

  private List<String> errorLines() {
    return errors.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private DecisionEvent event(Caller caller, String action, RequestInfo info) {
    Decision d = authorizer.decide(caller, action, ORDER, RequestContext.empty());
    return new DecisionEvent(NOW, EVENT_ID, caller, d, EnforcementPoint.FILTER, EnforcementMode.ENFORCE, info);
  }

  private Decision enforce(Enforcer enforcer, String action) {
    return enforcer.decide(AuditFixture.alice(), action, ORDER, RequestContext.empty(), EnforcementPoint.PROGRAMMATIC,
        RequestInfo.none());
  }

  @Test
  void writesAnAllowAsOneCloudTrailRecord() {
    try (Log4jAuditTrail trail = open(AuditOptions.inDirectory(dir))) {
      trail.decision(event(AuditFixture.alice(), "shop:GetOrder",
          new RequestInfo("req-1", "203.0.113.7", "curl/8.5", Map.of("path", "/orders/7", "method", "GET"))));
    }
    assertEquals(List.of("{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"IAMUser\","
        + "\"principalId\":\"AIDAALICE00000000001\",\"arn\":\"arn:aws:iam::123456789012:user/alice\","
        + "\"accountId\":\"123456789012\",\"accessKeyId\":\"AKIAALICE0000000001\",\"userName\":\"alice\"},"
        + "\"eventTime\":\"2026-11-22T12:00:00Z\",\"eventSource\":\"shop.gatehouse\",\"eventName\":\"GetOrder\","
        + "\"sourceIPAddress\":\"203.0.113.7\",\"userAgent\":\"curl/8.5\","
        + "\"requestParameters\":{\"method\":\"GET\",\"path\":\"/orders/7\"},\"requestID\":\"req-1\","
        + "\"eventID\":\"6f1c1b2e-0000-4000-8000-000000000001\","
        + "\"resources\":[{\"ARN\":\"arn:shop:orders::123456789012:order/7\",\"accountId\":\"123456789012\"}],"
        + "\"eventType\":\"AwsApiCall\",\"recipientAccountId\":\"123456789012\",\"decision\":\"Allow\","
        + "\"determiningPolicies\":[{\"policyType\":\"IDENTITY\",\"policyName\":\"user/alice/orders\","
        + "\"statement\":\"ReadOrders\",\"effect\":\"Allow\"}],\"enforcementPoint\":\"filter\",\"mode\":\"enforce\"}"),
        lines(dir));
  }

  @Test
  void writesADenyOfARoleSessionWithItsSessionContext() {
    try (Log4jAuditTrail trail = open(AuditOptions.inDirectory(dir))) {
      trail.decision(event(AuditFixture.supportSession(), "shop:GetOrder", RequestInfo.none()));
    }
    assertEquals(List.of("{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"AssumedRole\","
        + "\"principalId\":\"AROASUPPORT000000001:s1\",\"arn\":\"arn:aws:sts::123456789012:assumed-role/support/s1\","
        + "\"accountId\":\"123456789012\",\"accessKeyId\":\"ASIASUPPORT000000001\",\"sessionContext\":{"
        + "\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":\"AROASUPPORT000000001\","
        + "\"arn\":\"arn:aws:iam::123456789012:role/support\",\"accountId\":\"123456789012\",\"userName\":\"support\"},"
        + "\"attributes\":{\"creationDate\":\"2026-11-22T11:00:00Z\",\"mfaAuthenticated\":\"true\"}}},"
        + "\"eventTime\":\"2026-11-22T12:00:00Z\",\"eventSource\":\"shop.gatehouse\",\"eventName\":\"GetOrder\","
        + "\"errorCode\":\"AccessDenied\",\"errorMessage\":\"User: arn:aws:sts::123456789012:assumed-role/support/s1"
        + " is not authorized to perform: shop:GetOrder on resource: arn:shop:orders::123456789012:order/7 because no"
        + " identity-based policy allows the shop:GetOrder action\","
        + "\"requestID\":\"6f1c1b2e-0000-4000-8000-000000000001\",\"eventID\":\"6f1c1b2e-0000-4000-8000-000000000001\","
        + "\"resources\":[{\"ARN\":\"arn:shop:orders::123456789012:order/7\",\"accountId\":\"123456789012\"}],"
        + "\"eventType\":\"AwsApiCall\",\"recipientAccountId\":\"123456789012\",\"decision\":\"ImplicitDeny\","
        + "\"determiningPolicies\":[],\"enforcementPoint\":\"filter\",\"mode\":\"enforce\"}"), lines(dir));
  }

  @Test
  void writesChangesAndSignInsWithAwsEventSources() {
    try (Log4jAuditTrail trail = open(AuditOptions.inDirectory(dir))) {
      trail.change(new ChangeEvent(NOW, EVENT_ID, Caller.withPassword(Principal.fromArn(ALICE), null),
          "signin.amazonaws.com", "ConsoleLogin", Map.of(), List.of(), "Failed authentication",
          "Failed authentication", new RequestInfo("req-9", "203.0.113.7", "Mozilla/5.0", null)));
      trail.change(new ChangeEvent(NOW, EVENT_ID, AuditFixture.alice(), "iam.amazonaws.com", "CreateUser",
          Map.of("userName", "carol"), List.of("arn:aws:iam::123456789012:user/carol"), null, null,
          RequestInfo.none()));
    }
    List<String> lines = lines(dir);
    assertEquals("{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"IAMUser\","
        + "\"principalId\":\"AIDAALICE00000000001\",\"arn\":\"arn:aws:iam::123456789012:user/alice\","
        + "\"accountId\":\"123456789012\",\"userName\":\"alice\",\"sessionContext\":{\"attributes\":"
        + "{\"mfaAuthenticated\":\"false\"}}},\"eventTime\":\"2026-11-22T12:00:00Z\","
        + "\"eventSource\":\"signin.amazonaws.com\",\"eventName\":\"ConsoleLogin\",\"sourceIPAddress\":\"203.0.113.7\","
        + "\"userAgent\":\"Mozilla/5.0\",\"errorCode\":\"Failed authentication\","
        + "\"errorMessage\":\"Failed authentication\",\"responseElements\":{\"ConsoleLogin\":\"Failure\"},"
        + "\"requestID\":\"req-9\",\"eventID\":\"6f1c1b2e-0000-4000-8000-000000000001\","
        + "\"eventType\":\"AwsConsoleSignIn\",\"recipientAccountId\":\"123456789012\"}", lines.get(0));
    assertEquals("{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"IAMUser\","
        + "\"principalId\":\"AIDAALICE00000000001\",\"arn\":\"arn:aws:iam::123456789012:user/alice\","
        + "\"accountId\":\"123456789012\",\"accessKeyId\":\"AKIAALICE0000000001\",\"userName\":\"alice\"},"
        + "\"eventTime\":\"2026-11-22T12:00:00Z\",\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"CreateUser\","
        + "\"requestParameters\":{\"userName\":\"carol\"},\"requestID\":\"6f1c1b2e-0000-4000-8000-000000000001\","
        + "\"eventID\":\"6f1c1b2e-0000-4000-8000-000000000001\","
        + "\"resources\":[{\"ARN\":\"arn:aws:iam::123456789012:user/carol\",\"accountId\":\"123456789012\"}],"
        + "\"eventType\":\"AwsApiCall\",\"recipientAccountId\":\"123456789012\"}", lines.get(1));
  }

  @Test
  void escapesEveryValueAsJson() throws Exception {
    String odd = "quote\" back\\slash\nnew line\ttab\u0001 caf\u00e9 \u65e5\u672c \ud83d\ude00";
    try (Log4jAuditTrail trail = open(AuditOptions.inDirectory(dir))) {
      trail.decision(event(AuditFixture.alice(), "shop:GetOrder", new RequestInfo("r", null, odd, Map.of("note", odd))));
    }
    String line = lines(dir).get(0);
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(line)) {
      List<String> texts = new java.util.ArrayList<>();
      for (var t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
          texts.add(p.getText());
        }
      }
      assertEquals(2, texts.stream().filter(odd::equals).count(), line);
    }
  }

  @Test
  void iamAndStsActionsUseAwsEventSources() {
    try (Log4jAuditTrail trail = open(AuditOptions.inDirectory(dir))) {
      trail.decision(event(AuditFixture.alice(), "sts:AssumeRole", RequestInfo.none()));
      trail.decision(event(AuditFixture.alice(), "iam:CreateUser", RequestInfo.none()));
    }
    List<String> lines = lines(dir);
    assertTrue(lines.get(0).contains("\"eventSource\":\"sts.amazonaws.com\",\"eventName\":\"AssumeRole\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"CreateUser\""), lines.get(1));
  }

  @Test
  void aHundredThousandDecisionsFromEightThreadsAreAllWritten() throws Exception {
    int threads = 8;
    int perThread = 12_500;
    try (Log4jAuditTrail trail = open(AuditOptions.inDirectory(dir))) {
      Enforcer enforcer = new Enforcer(authorizer, trail, EnforcementMode.ENFORCE, CLOCK);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Integer>> done = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
          done.add(pool.submit(() -> {
            int allowed = 0;
            for (int i = 0; i < perThread; i++) {
              allowed += enforce(enforcer, i % 10 == 0 ? "shop:DeleteOrder" : "shop:GetOrder").isAllowed() ? 1 : 0;
            }
            return allowed;
          }));
        }
        for (Future<Integer> f : done) {
          assertEquals(perThread - perThread / 10, f.get());
        }
      } finally {
        pool.shutdown();
      }
    }
    List<String> lines = lines(dir);
    assertEquals(threads * perThread, lines.size());
    assertEquals(threads * perThread / 10, lines.stream().filter(l -> l.contains("\"decision\":\"ExplicitDeny\"")).count());
    assertEquals(threads * perThread, lines.stream().distinct().count(), "every event has its own id");
  }

  @Test
  void aClosedTrailFailsClosedAndEnforcementDenies() {
    Log4jAuditTrail trail = open(AuditOptions.inDirectory(dir));
    Enforcer enforcer = new Enforcer(authorizer, trail, EnforcementMode.ENFORCE, CLOCK);
    assertTrue(enforce(enforcer, "shop:GetOrder").isAllowed());
    trail.close();
    trail.close();
    assertEquals(1, lines(dir).size());
    Decision after = enforce(enforcer, "shop:GetOrder");
    assertFalse(after.isAllowed());
    assertEquals("the audit trail could not record the decision: AuditUnavailableException: the audit trail is closed",
        after.error().orElseThrow());
  }

  @Test
  void aDirectoryThatIsAFileIsReportedAtOpenAndDecisionsAreDenied() throws Exception {
    Path file = Files.writeString(dir.resolve("audit"), "not a directory");
    try (Log4jAuditTrail trail = open(AuditOptions.inDirectory(file))) {
      String problem = "cannot write audit events to " + file.resolve("gatehouse-audit.log") + ": " + file
          + " exists and is not a directory";
      assertEquals(problem, trail.problem().orElseThrow());
      assertEquals(List.of("gatehouse audit: " + problem
          + "; every decision will be denied until the trail is reopened (failClosed)"), errorLines());
      Enforcer enforcer = new Enforcer(authorizer, trail, EnforcementMode.ENFORCE, CLOCK);
      Decision d = enforce(enforcer, "shop:GetOrder");
      assertEquals(DecisionType.IMPLICIT_DENY, d.type());
      assertTrue(d.error().orElseThrow().contains(problem), d::toString);
      ChangeEvent change = new ChangeEvent(NOW, EVENT_ID, AuditFixture.alice(), "iam.amazonaws.com", "CreateUser",
          Map.of(), List.of(), null, null, RequestInfo.none());
      assertEquals(problem, assertThrows(AuditUnavailableException.class, () -> trail.change(change)).getMessage());
    }
  }

  @Test
  void aDirectoryThatCannotBeCreatedIsReported() throws Exception {
    Path file = Files.writeString(dir.resolve("plain"), "");
    try (Log4jAuditTrail trail = open(AuditOptions.inDirectory(file.resolve("logs")))) {
      assertTrue(trail.problem().orElseThrow().startsWith("cannot write audit events to " + file.resolve("logs")
          .resolve("gatehouse-audit.log") + ": cannot create the directory " + file.resolve("logs")),
          trail.problem()::get);
    }
  }

  @Test
  void withFailClosedFalseDecisionsContinueAfterOneReport() throws Exception {
    Path file = Files.writeString(dir.resolve("audit"), "not a directory");
    try (Log4jAuditTrail trail = open(AuditOptions.inDirectory(file).withFailClosed(false))) {
      Enforcer enforcer = new Enforcer(authorizer, trail, EnforcementMode.ENFORCE, CLOCK);
      for (int i = 0; i < 10; i++) {
        assertTrue(enforce(enforcer, "shop:GetOrder").isAllowed());
        assertFalse(enforce(enforcer, "shop:DeleteOrder").isAllowed());
      }
      List<String> reports = errorLines();
      assertEquals(1, reports.size(), reports::toString);
      assertTrue(reports.get(0).endsWith("exists and is not a directory; audit events will be dropped (failClosed=false)"),
          reports.get(0));
    }
  }

  @Test
  void sampledAllowsAreOneInNAndDeniesAndChangesAreAlwaysRecorded() {
    try (Log4jAuditTrail trail = open(AuditOptions.inDirectory(dir).withAllow(AllowVolume.sampled(10)))) {
      assertTrue(trail.recordsAllows());
      Enforcer enforcer = new Enforcer(authorizer, trail, EnforcementMode.ENFORCE, CLOCK);
      for (int i = 0; i < 95; i++) {
        enforce(enforcer, "shop:GetOrder");
      }
      for (int i = 0; i < 5; i++) {
        enforce(enforcer, "shop:DeleteOrder");
        enforce(enforcer, "shop:PutOrder");
      }
    }
    List<String> lines = lines(dir);
    assertEquals(10, lines.stream().filter(l -> l.contains("\"decision\":\"Allow\"")).count());
    assertEquals(5, lines.stream().filter(l -> l.contains("\"decision\":\"ExplicitDeny\"")).count());
    assertEquals(5, lines.stream().filter(l -> l.contains("\"decision\":\"ImplicitDeny\"")).count());
  }

  @Test
  void withNoAllowsOnlyDeniesAndChangesAreRecorded() {
    try (Log4jAuditTrail trail = open(AuditOptions.inDirectory(dir).withAllow(AllowVolume.none()))) {
      assertFalse(trail.recordsAllows(), "an enforcer builds no event for an allow");
      Enforcer enforcer = new Enforcer(authorizer, trail, EnforcementMode.REPORT_ONLY, CLOCK);
      enforce(enforcer, "shop:GetOrder");
      enforce(enforcer, "shop:DeleteOrder");
      trail.change(new ChangeEvent(NOW, EVENT_ID, AuditFixture.alice(), "iam.amazonaws.com", "DeleteUser",
          Map.of("userName", "bob"), List.of(), null, null, RequestInfo.none()));
    }
    List<String> lines = lines(dir);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).contains("\"decision\":\"ExplicitDeny\"") && lines.get(0).contains("\"mode\":\"report-only\""));
    assertTrue(lines.get(1).contains("\"eventName\":\"DeleteUser\""));
  }
}
