package io.gatehouse.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallContextTest {
  @Test
  void keysAreReplacedNotMerged() {
    CallContext c = CallContext.of("arn:aws:iam::123456789012:user/alice").withKey("k", "a", "b").withKey("k", "c");
    assertEquals(Map.of("k", List.of("c")), c.keys());
  }

  @Test
  void keysGivenAsAMapAreCopiedWithTheirValues() {
    List<String> channels = new java.util.ArrayList<>(List.of("web"));
    Map<String, List<String>> keys = new java.util.LinkedHashMap<>();
    keys.put("shop:Channel", channels);
    CallContext c = CallContext.of("arn:aws:iam::123456789012:user/bob", keys, null);
    channels.add("app");
    keys.put("shop:Other", List.of("x"));
    assertEquals(Map.of("shop:Channel", List.of("web")), c.keys());
    assertThrows(UnsupportedOperationException.class,
        () -> c.keys().get("shop:Channel").add("app"));
  }

  @Test
  void refusesABlankPrincipal() {
    assertThrows(IllegalArgumentException.class, () -> CallContext.of(" "));
  }

  @Test
  void equalContextsAreEqual() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    assertEquals(CallContext.of("anonymous").withMfaAt(t), CallContext.of("anonymous", Map.of(), t));
  }

  @Test
  void sessionCredentialsAreCarriedButTheTokenIsNeverPrinted() {
    CallContext c = CallContext.of("arn:aws:sts::123456789012:assumed-role/batch/nightly").withKey("k", "v")
        .withSessionCredentials("ASIAEXAMPLE", "secret-session-token");
    assertEquals("ASIAEXAMPLE", c.sessionAccessKeyId().orElseThrow());
    assertEquals("secret-session-token", c.sessionToken().orElseThrow());
    assertEquals(c, c.withKey("k", "v"), "kept when keys change");
    assertEquals("CallContext[arn:aws:sts::123456789012:assumed-role/batch/nightly, {k=[v]}, session ASIAEXAMPLE]",
        c.toString());
    assertEquals(false, c.equals(c.withSessionCredentials("ASIAEXAMPLE", "another-token")));
  }

  @Test
  void refusesBlankSessionCredentials() {
    CallContext c = CallContext.of("arn:aws:sts::123456789012:assumed-role/batch/nightly");
    assertThrows(IllegalArgumentException.class, () -> c.withSessionCredentials("ASIAEXAMPLE", " "));
    assertThrows(IllegalArgumentException.class, () -> c.withSessionCredentials("", "token"));
  }
}
