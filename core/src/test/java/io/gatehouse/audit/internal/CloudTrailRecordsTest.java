package io.gatehouse.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Decision;
import io.gatehouse.Principal;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.PrincipalIds;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudTrailRecordsTest {
  private static final Principal BOB = Principal.fromArn("arn:aws:iam::123456789012:user/bob");

  @Test
  void eachDecisionCarriesTheSourceAndNameOfItsOwnAction() {
    CloudTrailRecords records = new CloudTrailRecords(PrincipalIds.none());
    // In runs and alternating, as the names of the last action are kept.
    List<String> actions = List.of("shop:GetOrder", "shop:GetOrder", "iam:CreateUser", "shop:GetOrder", "sts:GetCallerIdentity",
        "signin:ConsoleLogin", "nocolon", "", "shop:", "shop:GetOrder");
    List<List<String>> expected = List.of(List.of("shop.gatehouse", "GetOrder"), List.of("shop.gatehouse", "GetOrder"),
        List.of("iam.amazonaws.com", "CreateUser"), List.of("shop.gatehouse", "GetOrder"),
        List.of("sts.amazonaws.com", "GetCallerIdentity"), List.of("signin.amazonaws.com", "ConsoleLogin"),
        List.of("gatehouse", "nocolon"), List.of("gatehouse", ""), List.of("shop.gatehouse", ""),
        List.of("shop.gatehouse", "GetOrder"));
    for (int i = 0; i < actions.size(); i++) {
      AuditMessage m = records.decision(event(actions.get(i), Map.of()));
      assertEquals(expected.get(i), List.of(m.get("eventSource"), m.get("eventName")), actions.get(i));
    }
  }

  @Test
  void requestParametersAreSortedByNameWithSecretsHidden() {
    AuditMessage m = new CloudTrailRecords(PrincipalIds.none()).decision(event("shop:GetOrder",
        Map.of("path", "/orders/7", "httpMethod", "GET", "X-Amz-Security-Token", "abc", "Query", "a=1&token=xyz")));
    // As String.compareTo orders them (upper case first), which is the order the trail has always had.
    assertEquals("{Query=a=1&token=" + ParameterRedaction.HIDDEN + ", X-Amz-Security-Token=" + ParameterRedaction.HIDDEN
        + ", httpMethod=GET, path=/orders/7}", m.getData().get("requestParameters").toString());
  }

  private static DecisionEvent event(String action, Map<String, String> parameters) {
    AuthorizationRequest request = AuthorizationRequest.builder(BOB).action(action)
        .resource("arn:shop:orders::123456789012:order/7").build();
    return new DecisionEvent(Instant.parse("2026-11-23T04:00:00Z"), "id-1", Caller.withAccessKey(BOB, "AKIABOB"),
        Decision.allow(request, List.of()), EnforcementPoint.FILTER, EnforcementMode.ENFORCE,
        new RequestInfo(null, "127.0.0.1", null, parameters));
  }
}
