package io.gatehouse.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SessionCodecTest {
  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  static final String ARN = "arn:aws:iam::111122223333:user/alice";
  static final byte[] KEY = key(1);

  static byte[] key(int fill) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) fill);
    return k;
  }

  static SessionCodec codec(byte[] key, Instant now) {
    return new SessionCodec(key, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(1), new SecureRandom());
  }

  @Test
  void roundTripsASessionWithItsMfaTime() {
    SessionCodec c = codec(KEY, T0);
    ConsoleSession s = c.open(ARN, T0);
    assertEquals(T0.plus(Duration.ofHours(1)), s.expiresAt());
    ConsoleSession back = c.decode(c.encode(s)).orElseThrow();
    assertEquals(s, back);
    assertEquals(T0, back.caller().mfaAuthenticatedAt().orElseThrow());
    ConsoleSession noMfa = c.open(ARN, null);
    assertTrue(c.decode(c.encode(noMfa)).orElseThrow().caller().mfaAuthenticatedAt().isEmpty());
  }

  @Test
  void refusesAlteredCookiesAndCookiesOfAnotherKey() {
    SessionCodec c = codec(KEY, T0);
    String cookie = c.encode(c.open(ARN, null));
    String payload = cookie.substring(0, cookie.indexOf('.'));
    String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(java.util.Base64.getUrlDecoder().decode(payload)).replace("alice", "admin").getBytes())
        + cookie.substring(cookie.indexOf('.'));
    assertTrue(c.decode(forged).isEmpty(), "another user with the old signature");
    assertTrue(codec(key(2), T0).decode(cookie).isEmpty(), "another server's key");
    assertTrue(c.decode(cookie.substring(0, cookie.length() - 1)).isEmpty(), "a cut signature");
    assertTrue(c.decode("garbage").isEmpty());
    assertTrue(c.decode("a.b.c").isEmpty());
    assertTrue(c.decode(null).isEmpty());
  }

  @Test
  void refusesExpiredAndSignedOutSessions() {
    SessionCodec c = codec(KEY, T0);
    ConsoleSession s = c.open(ARN, null);
    String cookie = c.encode(s);
    assertTrue(codec(KEY, T0.plus(Duration.ofMinutes(59))).decode(cookie).isPresent());
    assertTrue(codec(KEY, T0.plus(Duration.ofHours(1))).decode(cookie).isEmpty(), "expired");
    c.signOut(s);
    assertTrue(c.decode(cookie).isEmpty(), "signed out");
    ConsoleSession other = c.open(ARN, null);
    assertTrue(c.decode(c.encode(other)).isPresent(), "other sessions are unaffected");
  }

  @Test
  void csrfTokensAreBoundToTheSession() {
    SessionCodec c = codec(KEY, T0);
    ConsoleSession a = c.open(ARN, null);
    ConsoleSession b = c.open(ARN, null);
    String token = c.csrfToken(a);
    assertTrue(c.csrfMatches(a, token));
    assertNotEquals(token, c.csrfToken(b));
    assertFalse(c.csrfMatches(b, token));
    assertFalse(c.csrfMatches(a, null));
    assertFalse(c.csrfMatches(a, ""));
    assertFalse(codec(key(2), T0).csrfMatches(a, token), "the token depends on the server key");
  }

  @Test
  void refusesShortKeys() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec(new byte[16], T0));
    assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
  }
}
