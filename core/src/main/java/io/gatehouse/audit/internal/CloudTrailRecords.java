package io.gatehouse.audit.internal;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Decision;
import io.gatehouse.DeterminingStatement;
import io.gatehouse.audit.ChangeEvent;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.audit.PrincipalIds;
import io.gatehouse.audit.RequestInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns decisions and changes into CloudTrail-shaped records: CloudTrail's field names where it has
 * one ({@code eventVersion}, {@code userIdentity}, {@code eventTime}, {@code eventSource}, ...), and
 * Gatehouse's own ({@code decision}, {@code determiningPolicies}, {@code evaluationError}, {@code
 * enforcementPoint}, {@code mode}). Unknown fields are left out. Request parameters go through
 * {@link ParameterRedaction}; the request context is never written.
 */
public final class CloudTrailRecords {
  /** The CloudTrail record version written. */
  public static final String EVENT_VERSION = "1.09";

  private final UserIdentityElement identities;

  /** Builds records, finding principals' unique ids with {@code ids}. */
  public CloudTrailRecords(PrincipalIds ids) {
    this.identities = new UserIdentityElement(ids);
  }

  /** The record of a decision. */
  public AuditMessage decision(DecisionEvent event) {
    Decision decision = event.decision();
    AuthorizationRequest request = decision.request();
    String action = request.action();
    int colon = action.indexOf(':');
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("eventVersion", EVENT_VERSION);
    r.put("userIdentity", identities.of(event.caller()));
    r.put("eventTime", EventTime.format(event.time()));
    r.put("eventSource", colon < 0 ? "gatehouse" : eventSource(action.substring(0, colon)));
    r.put("eventName", action.substring(colon + 1));
    requestDetails(r, event.request());
    if (!decision.isAllowed()) {
      r.put("errorCode", "AccessDenied");
      r.put("errorMessage", ParameterRedaction.text(decision.message()));
    }
    parameters(r, event.request());
    ids(r, event.request(), event.eventId());
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("ARN", request.resource());
    if (!request.resourceAccount().isEmpty()) {
      resource.put("accountId", request.resourceAccount());
    }
    r.put("resources", List.of(resource));
    r.put("eventType", "AwsApiCall");
    String recipient = request.resourceAccount().isEmpty() ? request.principal().accountId() : request.resourceAccount();
    if (!recipient.isEmpty()) {
      r.put("recipientAccountId", recipient);
    }
    r.put("decision", decision.type().awsName());
    r.put("determiningPolicies", determiningPolicies(decision));
    decision.error().ifPresent(e -> r.put("evaluationError", ParameterRedaction.text(e)));
    r.put("enforcementPoint", event.point().eventName());
    r.put("mode", event.mode().eventName());
    return new AuditMessage(r);
  }

  /** The record of an identity change or sign-in. */
  public AuditMessage change(ChangeEvent event) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("eventVersion", EVENT_VERSION);
    r.put("userIdentity", identities.of(event.caller()));
    r.put("eventTime", EventTime.format(event.time()));
    r.put("eventSource", event.eventSource());
    r.put("eventName", event.eventName());
    requestDetails(r, event.request());
    if (event.errorCode() != null) {
      r.put("errorCode", event.errorCode());
    }
    if (event.errorMessage() != null) {
      r.put("errorMessage", ParameterRedaction.text(event.errorMessage()));
    }
    parameters(r, event.request().requestParameters().isEmpty() ? event.requestParameters()
        : merged(event.requestParameters(), event.request().requestParameters()));
    boolean signIn = event.eventName().equals("ConsoleLogin");
    if (signIn) {
      r.put("responseElements", Map.of("ConsoleLogin", event.errorCode() == null ? "Success" : "Failure"));
    }
    ids(r, event.request(), event.eventId());
    if (!event.resources().isEmpty()) {
      List<Object> resources = new ArrayList<>();
      for (String arn : event.resources()) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("ARN", arn);
        String account = accountOf(arn);
        if (!account.isEmpty()) {
          resource.put("accountId", account);
        }
        resources.add(resource);
      }
      r.put("resources", resources);
    }
    r.put("eventType", signIn ? "AwsConsoleSignIn" : "AwsApiCall");
    String recipient = event.resources().isEmpty() ? "" : accountOf(event.resources().get(0));
    recipient = recipient.isEmpty() ? event.caller().principal().accountId() : recipient;
    if (!recipient.isEmpty()) {
      r.put("recipientAccountId", recipient);
    }
    return new AuditMessage(r);
  }

  /** CloudTrail's service name for an action's prefix: AWS's own for IAM, STS and sign-in. */
  static String eventSource(String servicePrefix) {
    return switch (servicePrefix) {
      case "iam", "sts", "signin" -> servicePrefix + ".amazonaws.com";
      default -> servicePrefix + ".gatehouse";
    };
  }

  private static void requestDetails(Map<String, Object> r, RequestInfo info) {
    if (info.sourceIp() != null) {
      r.put("sourceIPAddress", info.sourceIp());
    }
    if (info.userAgent() != null) {
      r.put("userAgent", ParameterRedaction.text(info.userAgent()));
    }
  }

  private static void parameters(Map<String, Object> r, RequestInfo info) {
    parameters(r, info.requestParameters());
  }

  private static void parameters(Map<String, Object> r, Map<String, String> parameters) {
    if (!parameters.isEmpty()) {
      r.put("requestParameters", ParameterRedaction.parameters(parameters));
    }
  }

  private static void ids(Map<String, Object> r, RequestInfo info, String eventId) {
    r.put("requestID", info.requestId() != null ? info.requestId() : eventId);
    r.put("eventID", eventId);
  }

  private static Map<String, String> merged(Map<String, String> first, Map<String, String> second) {
    Map<String, String> m = new LinkedHashMap<>(second);
    m.putAll(first);
    return m;
  }

  private static List<Object> determiningPolicies(Decision decision) {
    List<Object> out = new ArrayList<>(decision.determiningStatements().size());
    for (DeterminingStatement s : decision.determiningStatements()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("policyType", s.policyType().name());
      if (s.level() >= 0) {
        p.put("level", s.level());
      }
      p.put("policyName", s.policyName());
      p.put("statement", s.statement());
      p.put("effect", s.effect().toString());
      out.add(p);
    }
    return out;
  }

  private static String accountOf(String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length == 6 ? parts[4] : "";
  }
}
