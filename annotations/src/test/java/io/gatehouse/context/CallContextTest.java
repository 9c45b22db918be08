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
  void refusesABlankPrincipal() {
    assertThrows(IllegalArgumentException.class, () -> CallContext.of(" "));
  }

  @Test
  void equalContextsAreEqual() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    assertEquals(CallContext.of("anonymous").withMfaAt(t), CallContext.of("anonymous", Map.of(), t));
  }
}
