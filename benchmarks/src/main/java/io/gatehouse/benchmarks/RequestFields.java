package io.gatehouse.benchmarks;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import java.util.List;

/**
 * The parts of one authorization request as an application has them at hand (strings from the
 * authenticated caller and the HTTP request), before Gatehouse's request is built.
 *
 * @param principalArn the caller's ARN
 * @param action the action, e.g. {@code shop:GetOrder}
 * @param resource the resource ARN
 * @param username the value of {@code aws:username}
 * @param sourceIp the value of {@code aws:SourceIp}
 * @param secureTransport the value of {@code aws:SecureTransport}
 * @param currentTime the value of {@code aws:CurrentTime}
 * @param amount the value of {@code shop:Amount}
 * @param tagKeys the values of the multivalued {@code aws:TagKeys}
 */
public record RequestFields(
    String principalArn,
    String action,
    String resource,
    String username,
    String sourceIp,
    String secureTransport,
    String currentTime,
    String amount,
    List<String> tagKeys) {

  /**
   * Builds the request as an enforcement point does for each call: the principal from its ARN and
   * a context of six keys.
   */
  public AuthorizationRequest toRequest() {
    RequestContext context = RequestContext.builder()
        .put("aws:username", username)
        .put("aws:SourceIp", sourceIp)
        .put("aws:SecureTransport", secureTransport)
        .put("aws:CurrentTime", currentTime)
        .put("shop:Amount", amount)
        .putAll("aws:TagKeys", tagKeys)
        .build();
    return AuthorizationRequest.builder(Principal.fromArn(principalArn))
        .action(action)
        .resource(resource)
        .context(context)
        .build();
  }
}
