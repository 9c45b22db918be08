package io.gatehouse.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

  @Test
  void quotesPrintableAscii() {
    assertEquals("\"rsa-1\"", DisplayText.quote("rsa-1"));
  }

  @Test
  void replacesControlQuoteBackslashAndNonAsciiCharacters() {
    assertEquals("\"a?b?c?d?e?\"", DisplayText.quote("a\nb\u001bc\"d\\e\u00e9"));
  }

  @Test
  void truncatesLongValues() {
    assertEquals("\"" + "x".repeat(64) + "...\"", DisplayText.quote("x".repeat(65)));
    assertEquals("\"" + "x".repeat(64) + "\"", DisplayText.quote("x".repeat(64)));
  }
}
