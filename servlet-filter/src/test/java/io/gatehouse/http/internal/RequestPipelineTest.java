package io.gatehouse.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.DecisionType;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.ChangeEvent;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.http.AuthenticationSettings;
import io.gatehouse.http.HttpEnforcement;
import io.gatehouse.http.HttpOutcome;
import io.gatehouse.http.HttpSettings;
import io.gatehouse.http.RouteSpec;
import io.gatehouse.http.UnmatchedRequests;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.store.InMemoryAccountStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline without a container: container users, report-only, failing closed, one audit event each. */
class RequestPipelineTest {
  private static final String ACCOUNT = """
      AccountId: "123456789012"
      UserDetailList:
        - UserName: carol
          UserPolicyList:
            - PolicyName: read
              PolicyDocument:
                Version: "2012-10-17"
                Statement: {Effect: Allow, Action: shop:GetOrder, Resource: "*"}
      """;

  /** Collects what the enforcer audits. */
  private static final class RecordingTrail implements AuditTrail {
    final List<DecisionEvent> decisions = new ArrayList<>();

    @Override
    public void decision(DecisionEvent event) {
      decisions.add(event);
    }

    @Override
    public void change(ChangeEvent event) {}

    @Override
    public void close() {}
  }

  private final RecordingTrail trail = new RecordingTrail();
  private final InMemoryAccountStore store =
      new InMemoryAccountStore(Accounts.of(new AccountFiles().read(ACCOUNT, "shop.yaml", null)));
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

  private HttpEnforcement enforcement(EnforcementMode mode, UnmatchedRequests unmatched, boolean container) {
    return enforcement(mode, unmatched, container, clock);
  }

  private HttpEnforcement enforcement(EnforcementMode mode, UnmatchedRequests unmatched, boolean container,
      Clock clock) {
    AuthenticationSettings auth = new AuthenticationSettings(true, null, List.of(), List.of(), false,
        AuthenticationSettings.DEFAULT_MFA_HEADER, container, null, List.of());
    HttpSettings settings = new HttpSettings(List.of(
        new RouteSpec("GET", "/orders/{id}", "shop:GetOrder", "arn:shop:orders::123456789012:order/{id}", Map.of()),
        new RouteSpec("GET", "/broken/{id}", "shop:GetOrder", "arn:shop:orders::${shop:Missing}:order/{id}", Map.of())),
        unmatched, auth);
    return new HttpEnforcement(settings, store, trail, mode, clock);
  }

  @Test
  void theContainersUserIsTheIamUserOfThatName() {
    HttpOutcome o = enforcement(EnforcementMode.ENFORCE, UnmatchedRequests.DENY, true)
        .handle(TestExchange.get("/orders/7").containerUser("carol"));
    assertTrue(o.proceeds());
    assertEquals("arn:aws:iam::123456789012:user/carol", o.context().get().principalArn());
    assertEquals(1, trail.decisions.size());
    assertEquals(EnforcementPoint.FILTER, trail.decisions.get(0).point());
    assertEquals("arn:shop:orders::123456789012:order/7", trail.decisions.get(0).decision().request().resource());
  }

  @Test
  void theTimeKeysFollowTheClockFromOneSecondToTheNext() {
    Instant[] now = {Instant.parse("2026-11-22T12:00:00.250Z")};
    Clock ticking = new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant instant() {
        return now[0];
      }
    };
    HttpEnforcement e = enforcement(EnforcementMode.ENFORCE, UnmatchedRequests.DENY, true, ticking);
    Map<String, List<String>> first = e.handle(TestExchange.get("/orders/7").containerUser("carol")).context().get()
        .keys();
    assertEquals(List.of("2026-11-22T12:00:00Z"), first.get("aws:CurrentTime"));
    assertEquals(List.of("1795348800"), first.get("aws:EpochTime"));
    now[0] = Instant.parse("2026-11-22T12:00:00.999Z");
    assertEquals(List.of("2026-11-22T12:00:00Z"), e.handle(TestExchange.get("/orders/7").containerUser("carol"))
        .context().get().keys().get("aws:CurrentTime"));
    now[0] = Instant.parse("2026-11-22T12:00:01Z");
    Map<String, List<String>> next = e.handle(TestExchange.get("/orders/7").containerUser("carol")).context().get()
        .keys();
    assertEquals(List.of("2026-11-22T12:00:01Z"), next.get("aws:CurrentTime"));
    assertEquals(List.of("1795348801"), next.get("aws:EpochTime"));
    assertEquals(List.of("2026-11-22T12:00:01Z"),
        trail.decisions.get(2).decision().request().context().values("aws:CurrentTime"));
  }

  @Test
  void aContainerUserWhoIsNoIamUserIsRefused() {
    HttpOutcome o = enforcement(EnforcementMode.ENFORCE, UnmatchedRequests.DENY, true)
        .handle(TestExchange.get("/orders/7").containerUser("mallory"));
    assertEquals(401, o.status());
    assertTrue(trail.decisions.isEmpty());
  }

  @Test
  void theContainersUserIsIgnoredUnlessEnabled() {
    HttpOutcome o = enforcement(EnforcementMode.ENFORCE, UnmatchedRequests.DENY, false)
        .handle(TestExchange.get("/orders/7").containerUser("carol"));
    assertEquals(401, o.status());
    assertTrue(new String(o.body(), StandardCharsets.UTF_8).contains("MissingAuthenticationToken"));
  }

  @Test
  void reportOnlyLetsADenyThroughAndAuditsIt() {
    HttpOutcome o = enforcement(EnforcementMode.REPORT_ONLY, UnmatchedRequests.DENY, false)
        .handle(TestExchange.get("/orders/7"));
    assertTrue(o.proceeds());
    assertEquals("anonymous", o.context().get().principalArn());
    assertEquals(DecisionType.IMPLICIT_DENY, trail.decisions.get(0).decision().type());
    assertEquals(EnforcementMode.REPORT_ONLY, trail.decisions.get(0).mode());
  }

  @Test
  void aResourceThatCannotBeWorkedOutIsADenyAuditedWithItsCauseButNotAnsweredWithIt() {
    HttpOutcome o = enforcement(EnforcementMode.ENFORCE, UnmatchedRequests.DENY, true)
        .handle(TestExchange.get("/broken/7").containerUser("carol"));
    assertEquals(403, o.status());
    String body = new String(o.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("because the request could not be evaluated\""), body);
    assertFalse(body.contains("IllegalArgumentException"), body);
    assertEquals(1, trail.decisions.size());
    assertTrue(trail.decisions.get(0).decision().error().orElseThrow().contains("${shop:Missing}"));
  }

  @Test
  void unmatchedRequestsAreDeniedAndAuditedOrPassedAsTheirCaller() {
    HttpOutcome denied = enforcement(EnforcementMode.ENFORCE, UnmatchedRequests.DENY, true)
        .handle(TestExchange.get("/admin").containerUser("carol"));
    assertEquals(403, denied.status());
    assertTrue(trail.decisions.get(0).decision().error().orElseThrow().contains("no route matches GET /admin"));
    HttpOutcome passed = enforcement(EnforcementMode.ENFORCE, UnmatchedRequests.PASS, true)
        .handle(TestExchange.get("/admin").containerUser("carol"));
    assertTrue(passed.proceeds());
    assertEquals("arn:aws:iam::123456789012:user/carol", passed.context().get().principalArn());
    assertEquals(1, trail.decisions.size());
  }

  @Test
  void aBadPathIsA400WithoutADecision() {
    HttpOutcome o = enforcement(EnforcementMode.ENFORCE, UnmatchedRequests.DENY, true)
        .handle(TestExchange.get("/orders/%2e%2e/admin"));
    assertEquals(400, o.status());
    assertTrue(trail.decisions.isEmpty());
  }

  @Test
  void aSignedBodyTooLargeToKeepIsRefusedBeforeItIsRead() {
    HttpOutcome o = enforcement(EnforcementMode.ENFORCE, UnmatchedRequests.DENY, false)
        .handle(TestExchange.request("PUT", "/orders/7").header("Content-Length", "99999999")
            .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIA/20261122/us-east-1/shop/aws4_request"));
    assertEquals(413, o.status());
    assertTrue(trail.decisions.isEmpty());
  }

  @Test
  void aBrokenSignatureIsA401ThatNamesTheProblem() {
    HttpOutcome o = enforcement(EnforcementMode.ENFORCE, UnmatchedRequests.DENY, false)
        .handle(TestExchange.get("/orders/7").header("Authorization", "AWS4-HMAC-SHA256 Credential=garbage"));
    assertEquals(401, o.status());
    assertEquals(List.of("AWS4-HMAC-SHA256"), o.headers().get("WWW-Authenticate"));
    assertTrue(new String(o.body(), StandardCharsets.UTF_8).startsWith("{\"__type\":\"IncompleteSignature\""));
  }
}
