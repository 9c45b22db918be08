package io.gatehouse.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EmbeddedPolicyReaderTest {

  @Test
  void decodesPercentEncodingAsTheIamApiWritesIt() {
    assertEquals(
        "{\"Version\":\"2012-10-17\"}",
        EmbeddedPolicyReader.percentDecoded("%7B%22Version%22%3A%222012-10-17%22%7D"));
    assertEquals("a+b c", EmbeddedPolicyReader.percentDecoded("a+b%20c"), "+ is not a space");
    assertEquals("caf\u00e9 \u2713", EmbeddedPolicyReader.percentDecoded("caf%C3%A9%20%E2%9C%93"));
    assertEquals("\ud83d\ude00", EmbeddedPolicyReader.percentDecoded("\ud83d\ude00"));
  }

  @Test
  void refusesMalformedEncoding() {
    assertNull(EmbeddedPolicyReader.percentDecoded("%7"));
    assertNull(EmbeddedPolicyReader.percentDecoded("%zz"));
    assertNull(EmbeddedPolicyReader.percentDecoded("%C3"), "not UTF-8");
  }
}
