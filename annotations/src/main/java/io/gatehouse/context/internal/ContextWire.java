package io.gatehouse.context.internal;

import io.gatehouse.context.CallContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The form a {@link CallContext} takes where it crosses class loaders (the agent's bootstrap bridge,
 * a web application's own copy of Gatehouse): an unmodifiable map of JDK types only, so that every
 * copy of these classes, and the agent, can read it. Keys: {@value #PRINCIPAL_ARN} (String), {@value
 * #KEYS} ({@code Map<String, List<String>>}), {@value #MFA_AUTHENTICATED_AT} (Instant, absent without
 * MFA).
 */
public final class ContextWire {
  /** The principal's ARN. */
  public static final String PRINCIPAL_ARN = "principalArn";
  /** The request context keys. */
  public static final String KEYS = "keys";
  /** When MFA was presented. */
  public static final String MFA_AUTHENTICATED_AT = "mfaAuthenticatedAt";

  private ContextWire() {}

  /** The wire form of a context. */
  public static Map<String, Object> encode(CallContext context) {
    Map<String, Object> m = new HashMap<>();
    m.put(PRINCIPAL_ARN, context.principalArn());
    m.put(KEYS, context.keys());
    context.mfaAuthenticatedAt().ifPresent(t -> m.put(MFA_AUTHENTICATED_AT, t));
    return Map.copyOf(m);
  }

  /**
   * Reads a wire form written by any copy of this class.
   *
   * @throws IllegalArgumentException if the map is not a call context
   */
  @SuppressWarnings("unchecked")
  public static CallContext decode(Map<String, Object> wire) {
    Object arn = wire.get(PRINCIPAL_ARN);
    Object keys = wire.getOrDefault(KEYS, Map.of());
    Object mfa = wire.get(MFA_AUTHENTICATED_AT);
    if (!(arn instanceof String) || !(keys instanceof Map) || (mfa != null && !(mfa instanceof Instant))) {
      throw new IllegalArgumentException("not a Gatehouse call context: " + wire);
    }
    return CallContext.of((String) arn, (Map<String, List<String>>) keys, (Instant) mfa);
  }
}
