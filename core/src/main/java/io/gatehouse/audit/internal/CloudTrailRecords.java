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
  private final EventTime eventTime = new EventTime();
  private volatile ActionNames lastAction = new ActionNames("", "gatehouse", "");

  /** Builds records, finding principals' unique ids with {@code ids}. */
  public CloudTrailRecords(PrincipalIds ids) {
    this.identities = new UserIdentityElement(ids);
  }

  /** The record of a decision. */
  public AuditMessage decision(DecisionEvent event) {
    Decision decision = event.decision();
    AuthorizationRequest request = decision.request();
    ActionNames names = actionNames(request.action());
    AuditMessage r = new AuditMessage();
    r.with("eventVersion", EVENT_VERSION);
    r.with("userIdentity", identities.of(event.caller()));
    r.with("eventTime", eventTime.format(event.time()));
    r.with("eventSource", names.eventSource());
    r.with("eventName", names.eventName());
    requestDetails(r, event.request());
    if (!decision.isAllowed()) {
      r.with("errorCode", "AccessDenied");
      r.with("errorMessage", ParameterRedaction.text(decision.message()));
    }
    parameters(r, event.request());
    ids(r, event.request(), event.eventId());
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("ARN", request.resource());
    if (!request.resourceAccount().isEmpty()) {
      resource.put("accountId", request.resourceAccount());
    }
    r.with("resources", List.of(resource));
    r.with("eventType", "AwsApiCall");
    String recipient = request.resourceAccount().isEmpty() ? request.principal().accountId() : request.resourceAccount();
    if (!recipient.isEmpty()) {
      r.with("recipientAccountId", recipient);
    }
    r.with("decision", decision.type().awsName());
    r.with("determiningPolicies", determiningPolicies(decision));
    decision.error().ifPresent(e -> r.with("evaluationError", ParameterRedaction.text(e)));
    r.with("enforcementPoint", event.point().eventName());
    r.with("mode", event.mode().eventName());
    return r;
  }

  /** The record of an identity change or sign-in. */
  public AuditMessage change(ChangeEvent event) {
    AuditMessage r = new AuditMessage();
    r.with("eventVersion", EVENT_VERSION);
    r.with("userIdentity", identities.of(event.caller()));
    r.with("eventTime", eventTime.format(event.time()));
    r.with("eventSource", event.eventSource());
    r.with("eventName", event.eventName());
    requestDetails(r, event.request());
    if (event.errorCode() != null) {
      r.with("errorCode", event.errorCode());
    }
    if (event.errorMessage() != null) {
      r.with("errorMessage", ParameterRedaction.text(event.errorMessage()));
    }
    parameters(r, event.request().requestParameters().isEmpty() ? event.requestParameters()
        : merged(event.requestParameters(), event.request().requestParameters()));
    boolean signIn = event.eventName().equals("ConsoleLogin");
    if (signIn) {
      r.with("responseElements", Map.of("ConsoleLogin", event.errorCode() == null ? "Success" : "Failure"));
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
      r.with("resources", resources);
    }
    r.with("eventType", signIn ? "AwsConsoleSignIn" : "AwsApiCall");
    String recipient = event.resources().isEmpty() ? "" : accountOf(event.resources().get(0));
    recipient = recipient.isEmpty() ? event.caller().principal().accountId() : recipient;
    if (!recipient.isEmpty()) {
      r.with("recipientAccountId", recipient);
    }
    return r;
  }

  /** The event source and name of an action; the last action's are kept, as calls come in runs. */
  private ActionNames actionNames(String action) {
    ActionNames last = lastAction;
    if (last.action().equals(action)) {
      return last;
    }
    int colon = action.indexOf(':');
    ActionNames names = new ActionNames(action, colon < 0 ? "gatehouse" : eventSource(action.substring(0, colon)),
        action.substring(colon + 1));
    lastAction = names;
    return names;
  }

  private record ActionNames(String action, String eventSource, String eventName) {}

  /** CloudTrail's service name for an action's prefix: AWS's own for IAM, STS and sign-in. */
  static String eventSource(String servicePrefix) {
    return switch (servicePrefix) {
      case "iam", "sts", "signin" -> servicePrefix + ".amazonaws.com";
      default -> servicePrefix + ".gatehouse";
    };
  }

  private static void requestDetails(AuditMessage r, RequestInfo info) {
    if (info.sourceIp() != null) {
      r.with("sourceIPAddress", info.sourceIp());
    }
    if (info.userAgent() != null) {
      r.with("userAgent", ParameterRedaction.text(info.userAgent()));
    }
  }

  private static void parameters(AuditMessage r, RequestInfo info) {
    parameters(r, info.requestParameters());
  }

  private static void parameters(AuditMessage r, Map<String, String> parameters) {
    if (!parameters.isEmpty()) {
      r.with("requestParameters", ParameterRedaction.parameters(parameters));
    }
  }

  private static void ids(AuditMessage r, RequestInfo info, String eventId) {
    r.with("requestID", info.requestId() != null ? info.requestId() : eventId);
    r.with("eventID", eventId);
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
