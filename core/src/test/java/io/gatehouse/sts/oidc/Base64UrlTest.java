package io.gatehouse.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base64UrlTest {

  @Test
  void decodesUnpaddedBase64Url() {
    assertArrayEquals("{}".getBytes(StandardCharsets.US_ASCII), Base64Url.decode("e30"));
    assertArrayEquals(new byte[] {(byte) 0xFB, (byte) 0xFF}, Base64Url.decode("-_8"));
    assertArrayEquals(new byte[0], Base64Url.decode(""));
  }

  @ParameterizedTest
  @CsvSource({
    "e30=, not canonical unpadded base64url",
    "e31, not canonical unpadded base64url",
    "+/8, not base64url",
    "e3 0, not base64url",
    "e, not base64url",
  })
  void refusesAnythingButCanonicalUnpaddedText(String text, String message) {
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode(text)).getMessage());
  }
}
