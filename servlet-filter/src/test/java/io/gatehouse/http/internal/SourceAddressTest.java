package io.gatehouse.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.http.HttpExchange;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceAddressTest {
  private final SourceAddress source = new SourceAddress(List.of("10.0.0.0/8", "192.0.2.1/32"));

  @Test
  void anUntrustedPeerIsTheCallerWhateverItForwards() {
    HttpExchange e = TestExchange.get("/").peer("198.51.100.7").header("X-Forwarded-For", "203.0.113.9");
    assertEquals("198.51.100.7", source.of(e));
  }

  @Test
  void behindTrustedProxiesTheFirstUntrustedAddressFromTheRightIsTheCaller() {
    HttpExchange e = TestExchange.get("/").peer("10.1.1.1")
        .header("X-Forwarded-For", "203.0.113.9, 198.51.100.1, 192.0.2.1");
    assertEquals("198.51.100.1", source.of(e));
  }

  @Test
  void secureTransportIsBelievedFromTrustedProxiesOnly() {
    assertTrue(source.secure(TestExchange.get("/").peer("10.1.1.1").header("X-Forwarded-Proto", "https")));
    assertFalse(source.secure(TestExchange.get("/").peer("198.51.100.7").header("X-Forwarded-Proto", "https")));
    assertTrue(source.secure(TestExchange.get("/").peer("198.51.100.7").tls()));
  }
}
