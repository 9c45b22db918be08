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
 * MFA), {@value #SESSION_ACCESS_KEY_ID} and {@value #SESSION_TOKEN} (Strings, absent without session
 * credentials).
 */
public final class ContextWire {
  /** The principal's ARN. */
  public static final String PRINCIPAL_ARN = "principalArn";
  /** The request context keys. */
  public static final String KEYS = "keys";
  /** When MFA was presented. */
  public static final String MFA_AUTHENTICATED_AT = "mfaAuthenticatedAt";
  /** The temporary access key id of session credentials. */
  public static final String SESSION_ACCESS_KEY_ID = "sessionAccessKeyId";
  /** The session token of session credentials. */
  public static final String SESSION_TOKEN = "sessionToken";

  private ContextWire() {}

  /** The wire form of a context. */
  public static Map<String, Object> encode(CallContext context) {
    Map<String, Object> m = new HashMap<>();
    m.put(PRINCIPAL_ARN, context.principalArn());
    m.put(KEYS, context.keys());
    context.mfaAuthenticatedAt().ifPresent(t -> m.put(MFA_AUTHENTICATED_AT, t));
    context.sessionAccessKeyId().ifPresent(k -> m.put(SESSION_ACCESS_KEY_ID, k));
    context.sessionToken().ifPresent(t -> m.put(SESSION_TOKEN, t));
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
    Object keyId = wire.get(SESSION_ACCESS_KEY_ID);
    Object token = wire.get(SESSION_TOKEN);
    if (!(arn instanceof String) || !(keys instanceof Map) || (mfa != null && !(mfa instanceof Instant))
        || (keyId != null && !(keyId instanceof String)) || (token != null && !(token instanceof String))
        || (keyId == null) != (token == null)) {
      // Named by its entries' names only: the map may hold a session token.
      throw new IllegalArgumentException("not a Gatehouse call context: entries " + wire.keySet());
    }
    CallContext c = CallContext.of((String) arn, (Map<String, List<String>>) keys, (Instant) mfa);
    return keyId == null ? c : c.withSessionCredentials((String) keyId, (String) token);
  }
}
