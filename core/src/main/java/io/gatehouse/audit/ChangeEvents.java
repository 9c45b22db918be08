package io.gatehouse.audit;

import io.gatehouse.audit.internal.EventIds;
import io.gatehouse.identity.Caller;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records identity and credential changes (and sign-ins) in an audit trail: one {@link
 * ChangeEvent} per operation, whether it succeeded or failed. Thread-safe.
 */
public final class ChangeEvents {
  private final AuditTrail trail;
  private final Clock clock;
  private final EventIds eventIds = new EventIds(new SecureRandom());

  /** Records into the trail, stamping events with the clock. */
  public ChangeEvents(AuditTrail trail, Clock clock) {
    this.trail = Objects.requireNonNull(trail, "trail");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Records nothing. */
  public static ChangeEvents none() {
    return new ChangeEvents(AuditTrail.none(), Clock.systemUTC());
  }

  /**
   * Records one operation.
   *
   * @param eventSource {@code iam.amazonaws.com}, {@code sts.amazonaws.com} or {@code
   *     signin.amazonaws.com}
   * @param eventName the operation, e.g. {@code CreateUser}
   * @param parameters the operation's parameters; secret ones are hidden by the trail's writer
   * @param resources the ARNs the operation touched
   * @param errorCode the error code if it failed, or null
   * @param errorMessage the error message if it failed, or null
   */
  public void record(Caller caller, String eventSource, String eventName, Map<String, String> parameters,
      List<String> resources, String errorCode, String errorMessage, RequestInfo info) {
    Map<String, String> params = new LinkedHashMap<>();
    parameters.forEach((k, v) -> {
      if (v != null) {
        params.put(k, v);
      }
    });
    String id = eventIds.next();
    RequestInfo request = info.requestId() != null ? info
        : new RequestInfo(id, info.sourceIp(), info.userAgent(), info.requestParameters());
    trail.change(new ChangeEvent(clock.instant(), id, caller, eventSource, eventName, params, resources, errorCode,
        errorMessage, request));
  }
}
