package io.gatehouse.console.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks console session cookies: the session's fields, then an HMAC-SHA256 of them
 * under the server's key, both base64url. A cookie that was altered, signed with another key,
 * expired or signed out is refused. Also derives each session's CSRF token (an HMAC of the session
 * id, so the token is bound to the session without server-side state). Thread-safe.
 */
public final class SessionCodec {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final String VERSION = "v1";

  private final byte[] key;
  private final Clock clock;
  private final Duration lifetime;
  private final SecureRandom random;
  /** Signed-out session ids until their cookies would have expired anyway. */
  private final Map<String, Instant> signedOut = new ConcurrentHashMap<>();

  /**
   * A codec signing with {@code key} (at least 32 bytes) whose sessions last {@code lifetime}.
   *
   * @throws IllegalArgumentException if the key is shorter than 32 bytes
   */
  public SessionCodec(byte[] key, Clock clock, Duration lifetime, SecureRandom random) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the console session key must have at least 32 bytes, found " + key.length);
    }
    this.key = key.clone();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** How long sessions last. */
  public Duration lifetime() {
    return lifetime;
  }

  /** A new session for a user who just signed in. */
  public ConsoleSession open(String principalArn, Instant mfaAt) {
    byte[] id = new byte[18];
    random.nextBytes(id);
    Instant now = clock.instant();
    return new ConsoleSession(B64.encodeToString(id), principalArn, now, now.plus(lifetime), mfaAt);
  }

  /** The cookie value of a session. */
  public String encode(ConsoleSession s) {
    String payload = String.join("\n", VERSION, s.id(), s.principalArn(), s.issuedAt().toString(),
        s.expiresAt().toString(), s.mfaAt() == null ? "-" : s.mfaAt().toString());
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
  }

  /** The session a cookie value carries, if it is genuine, current and not signed out. */
  public Optional<ConsoleSession> decode(String cookie) {
    if (cookie == null || cookie.length() > 4096) {
      return Optional.empty();
    }
    int dot = cookie.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = B64D.decode(cookie.substring(0, dot));
      signature = B64D.decode(cookie.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(mac(payload), signature)) {
      return Optional.empty();
    }
    String[] f = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
    if (f.length != 6 || !f[0].equals(VERSION)) {
      return Optional.empty();
    }
    ConsoleSession s;
    try {
      s = new ConsoleSession(f[1], f[2], Instant.parse(f[3]), Instant.parse(f[4]),
          f[5].equals("-") ? null : Instant.parse(f[5]));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (!now.isBefore(s.expiresAt()) || signedOut.containsKey(s.id())) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** Ends a session before its expiry: its cookie is refused from now on. */
  public void signOut(ConsoleSession s) {
    Instant now = clock.instant();
    signedOut.values().removeIf(expiry -> !now.isBefore(expiry));
    signedOut.put(s.id(), s.expiresAt());
  }

  /** The session's CSRF token, which the page sends back in a header with every write. */
  public String csrfToken(ConsoleSession s) {
    return B64.encodeToString(mac(("csrf\n" + s.id()).getBytes(StandardCharsets.UTF_8)));
  }

  /** True if {@code token} is the session's CSRF token (compared in constant time). */
  public boolean csrfMatches(ConsoleSession s, String token) {
    return token != null && MessageDigest.isEqual(csrfToken(s).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] mac(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
