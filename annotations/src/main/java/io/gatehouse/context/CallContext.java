package io.gatehouse.context;

import java.time.Instant;
import java.util.ArrayList;
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
 * }</pre>
 */
public final class CallContext {
  private final String principalArn;
  private final Map<String, List<String>> keys;
  private final Instant mfaAuthenticatedAt;

  private CallContext(String principalArn, Map<String, List<String>> keys, Instant mfaAuthenticatedAt) {
    this.principalArn = Objects.requireNonNull(principalArn, "principalArn");
    if (principalArn.isBlank()) {
      throw new IllegalArgumentException("a call context needs a principal ARN");
    }
    this.keys = keys;
    this.mfaAuthenticatedAt = mfaAuthenticatedAt;
  }

  /**
   * A context for a principal, without request keys.
   *
   * @param principalArn a user, role session ({@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}),
   *     root or federated user ARN, or {@code anonymous}
   * @throws IllegalArgumentException if the ARN is blank
   */
  public static CallContext of(String principalArn) {
    return new CallContext(principalArn, Map.of(), null);
  }

  /** A context with its parts; the keys are copied. Used to rebuild a context from its wire form. */
  public static CallContext of(String principalArn, Map<String, List<String>> keys, Instant mfaAuthenticatedAt) {
    return new CallContext(principalArn, copy(keys), mfaAuthenticatedAt);
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
    return new CallContext(principalArn, copy(next), mfaAuthenticatedAt);
  }

  /** This context for a caller that presented MFA at the given time. */
  public CallContext withMfaAt(Instant authenticatedAt) {
    return new CallContext(principalArn, keys, Objects.requireNonNull(authenticatedAt, "authenticatedAt"));
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

  private static Map<String, List<String>> copy(Map<String, List<String>> keys) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    keys.forEach((k, v) -> out.put(Objects.requireNonNull(k, "key"), List.copyOf(new ArrayList<>(v))));
    return java.util.Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CallContext c && c.principalArn.equals(principalArn) && c.keys.equals(keys)
        && Objects.equals(c.mfaAuthenticatedAt, mfaAuthenticatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(principalArn, keys, mfaAuthenticatedAt);
  }

  @Override
  public String toString() {
    return "CallContext[" + principalArn + (keys.isEmpty() ? "" : ", " + keys)
        + (mfaAuthenticatedAt != null ? ", MFA" : "") + "]";
  }
}
