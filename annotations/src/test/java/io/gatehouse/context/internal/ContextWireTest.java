package io.gatehouse.context.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.context.CallContext;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextWireTest {
  @Test
  void roundTrips() {
    CallContext c = CallContext.of("arn:aws:iam::123456789012:user/alice").withKey("aws:SourceIp", "203.0.113.7")
        .withMfaAt(Instant.parse("2026-01-01T00:00:00Z"));
    assertEquals(c, ContextWire.decode(ContextWire.encode(c)));
  }

  @Test
  void refusesAMapThatIsNotAContext() {
    assertThrows(IllegalArgumentException.class, () -> ContextWire.decode(Map.of(ContextWire.PRINCIPAL_ARN, 7)));
  }
}
