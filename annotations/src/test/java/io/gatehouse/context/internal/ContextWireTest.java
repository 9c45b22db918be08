package io.gatehouse.context.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  @Test
  void roundTripsSessionCredentials() {
    CallContext c = CallContext.of("arn:aws:sts::123456789012:assumed-role/batch/nightly")
        .withSessionCredentials("ASIAEXAMPLE", "secret-session-token");
    assertEquals(c, ContextWire.decode(ContextWire.encode(c)));
  }

  @Test
  void refusesHalfSessionCredentialsWithoutPrintingTheToken() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContextWire.decode(Map.of(
        ContextWire.PRINCIPAL_ARN, "arn:aws:sts::123456789012:assumed-role/batch/nightly",
        ContextWire.SESSION_TOKEN, "secret-session-token")));
    assertFalse(e.getMessage().contains("secret-session-token"), e.getMessage());
  }
}
