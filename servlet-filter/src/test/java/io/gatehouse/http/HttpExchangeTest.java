package io.gatehouse.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HttpExchangeTest {
  @Test
  void aBodyIsRuledOutOnlyByAZeroLengthOrByHttp1FramingWithoutOne() {
    assertFalse(HttpExchange.mayHaveBody("0", null, "HTTP/1.1"));
    assertFalse(HttpExchange.mayHaveBody(" 000 ", null, "HTTP/2.0"), "a declared length of 0, whatever the protocol");
    assertFalse(HttpExchange.mayHaveBody(null, null, "HTTP/1.1"));
    assertFalse(HttpExchange.mayHaveBody(null, null, "HTTP/1.0"));

    assertTrue(HttpExchange.mayHaveBody("12", null, "HTTP/1.1"));
    assertTrue(HttpExchange.mayHaveBody("10", null, "HTTP/1.1"));
    assertTrue(HttpExchange.mayHaveBody("", null, "HTTP/1.1"), "an unreadable length is not a promise of none");
    assertTrue(HttpExchange.mayHaveBody("x", null, "HTTP/1.1"));
    assertTrue(HttpExchange.mayHaveBody(null, "chunked", "HTTP/1.1"));
    assertTrue(HttpExchange.mayHaveBody(null, null, "HTTP/2.0"), "HTTP/2 may send a body without either header");
    assertTrue(HttpExchange.mayHaveBody(null, null, null));
  }
}
