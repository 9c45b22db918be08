package io.gatehouse.context;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling and what is known of the request, bound to the current thread while a block runs
 * ({@link Gatehouse#runAs}, {@link Gatehouse#bind}). Enforcement (the agent, {@link
 * Gatehouse#check}) decides for this principal, with these request context keys. Immutable.
 *
 * <pre>{@code
 * CallContext alice = CallContext.of("arn:aws:iam::123456789012:user/alice")
 *     .withKey("aws:SourceIp", "203.0.113.7");
 * // A role session whose request carried temporary credentials (e.g. SigV4 with X-Amz-Security-Token):
 * CallContext session = CallContext.of("arn:aws:sts::123456789012:assumed-role/batch/nightly")
 *     .withSessionCredentials("ASIA...", sessionToken);
 * }</pre>
 *
 * <p>A context with session credentials is decided with what the session carries (its session
 * policies, session tags and MFA), after the token is verified; if it does not verify, or belongs to
 * another principal, every decision for the context is a deny. The session token is a secret: it
 * never appears in {@link #toString()}.
 */
public final class CallContext {
  private final String principalArn;
  private final Map<String, List<String>> keys;
  private final Instant mfaAuthenticatedAt;
  private final String sessionAccessKeyId;
  private final String sessionToken;

  private CallContext(String principalArn, Map<String, List<String>> keys, Instant mfaAuthenticatedAt,
      String sessionAccessKeyId, String sessionToken) {
    this.principalArn = Objects.requireNonNull(principalArn, "principalArn");
    if (principalArn.isBlank()) {
      throw new IllegalArgumentException("a call context needs a principal ARN");
    }
    this.keys = keys;
    this.mfaAuthenticatedAt = mfaAuthenticatedAt;
    this.sessionAccessKeyId = sessionAccessKeyId;
    this.sessionToken = sessionToken;
  }

  /**
   * A context for a principal, without request keys.
   *
   * @param principalArn a user, role session ({@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}),
   *     root or federated user ARN, or {@code anonymous}
   * @throws IllegalArgumentException if the ARN is blank
   */
  public static CallContext of(String principalArn) {
    return new CallContext(principalArn, Map.of(), null, null, null);
  }

  /** A context with its parts; the keys are copied. Used to rebuild a context from its wire form. */
  public static CallContext of(String principalArn, Map<String, List<String>> keys, Instant mfaAuthenticatedAt) {
    return new CallContext(principalArn, copy(keys), mfaAuthenticatedAt, null, null);
  }

  /** This context with a request context key set to the given values (replacing earlier ones). */
  public CallContext withKey(String key, String... values) {
    return withKey(key, List.of(values));
  }

  /** This context with a request context key set to the given values (replacing earlier ones). */
  public CallContext withKey(String key, List<String> values) {
    Objects.requireNonNull(key, "key");
    Map<String, List<String>> next = new LinkedHashMap<>(keys);
    next.put(key, List.copyOf(values));
    return new CallContext(principalArn, copy(next), mfaAuthenticatedAt, sessionAccessKeyId, sessionToken);
  }

  /** This context for a caller that presented MFA at the given time. */
  public CallContext withMfaAt(Instant authenticatedAt) {
    return new CallContext(principalArn, keys, Objects.requireNonNull(authenticatedAt, "authenticatedAt"),
        sessionAccessKeyId, sessionToken);
  }

  /**
   * This context for a caller that presented temporary credentials (from Gatehouse's STS): decisions
   * then use the session's policies, tags and MFA, once the token verifies for this principal.
   *
   * @param accessKeyId the temporary access key id ({@code ASIA...}) the request was signed with
   * @param sessionToken the session token it carried (a secret, never printed)
   * @throws IllegalArgumentException if either is blank
   */
  public CallContext withSessionCredentials(String accessKeyId, String sessionToken) {
    if (Objects.requireNonNull(accessKeyId, "accessKeyId").isBlank()
        || Objects.requireNonNull(sessionToken, "sessionToken").isBlank()) {
      throw new IllegalArgumentException("session credentials need an access key id and a session token");
    }
    return new CallContext(principalArn, keys, mfaAuthenticatedAt, accessKeyId, sessionToken);
  }

  /** The calling principal's ARN ({@code anonymous} for a caller without credentials). */
  public String principalArn() {
    return principalArn;
  }

  /**
   * Request context keys known to the caller's side (e.g. {@code aws:SourceIp}); keys that describe
   * the principal are filled by Gatehouse and any value given here for them is ignored.
   */
  public Map<String, List<String>> keys() {
    return keys;
  }

  /** When the caller presented MFA, if it did. */
  public Optional<Instant> mfaAuthenticatedAt() {
    return Optional.ofNullable(mfaAuthenticatedAt);
  }

  /** The temporary access key id of the session credentials, if the caller presented any. */
  public Optional<String> sessionAccessKeyId() {
    return Optional.ofNullable(sessionAccessKeyId);
  }

  /** The session token of the session credentials, if the caller presented any: a secret. */
  public Optional<String> sessionToken() {
    return Optional.ofNullable(sessionToken);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> keys) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    // List.copyOf copies whatever list it is given (only its own immutable lists are kept as they are).
    keys.forEach((k, v) -> out.put(Objects.requireNonNull(k, "key"), List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CallContext c && c.principalArn.equals(principalArn) && c.keys.equals(keys)
        && Objects.equals(c.mfaAuthenticatedAt, mfaAuthenticatedAt)
        && Objects.equals(c.sessionAccessKeyId, sessionAccessKeyId) && Objects.equals(c.sessionToken, sessionToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(principalArn, keys, mfaAuthenticatedAt, sessionAccessKeyId);
  }

  /** The principal, keys and MFA; of session credentials only their access key id, never the token. */
  @Override
  public String toString() {
    return "CallContext[" + principalArn + (keys.isEmpty() ? "" : ", " + keys)
        + (mfaAuthenticatedAt != null ? ", MFA" : "")
        + (sessionAccessKeyId != null ? ", session " + sessionAccessKeyId : "") + "]";
  }
}
