package io.gatehouse.audit;

import io.gatehouse.identity.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One identity or credential change, or a sign-in: user created, policy attached, key created or
 * deactivated, role assumed, password changed, MFA enabled, sign-in failed. Parameters never hold
 * secrets.
 *
 * @param time when it happened
 * @param eventId a unique id
 * @param caller who did it
 * @param eventSource {@code iam.amazonaws.com}, {@code sts.amazonaws.com} or {@code signin.amazonaws.com}
 * @param eventName the operation, e.g. {@code CreateUser}, {@code AssumeRole}, {@code ConsoleLogin}
 * @param requestParameters the operation's non-secret parameters
 * @param resources the ARNs the change touched
 * @param errorCode the AWS error code if it failed, or null
 * @param errorMessage the error message if it failed, or null
 * @param request what is known of the request
 */
public record ChangeEvent(
    Instant time, String eventId, Caller caller, String eventSource, String eventName,
    Map<String, String> requestParameters, List<String> resources, String errorCode, String errorMessage,
    RequestInfo request) {

  /** Checks and copies the parts. */
  public ChangeEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(eventSource, "eventSource");
    Objects.requireNonNull(eventName, "eventName");
    requestParameters = requestParameters == null ? Map.of() : Map.copyOf(requestParameters);
    resources = resources == null ? List.of() : List.copyOf(resources);
    Objects.requireNonNull(request, "request");
  }
}
