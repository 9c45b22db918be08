package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

  /** RFC 4648, section 10, without the padding. */
  @ParameterizedTest
  @CsvSource({
    "'', ''",
    "f, MY",
    "fo, MZXQ",
    "foo, MZXW6",
    "foob, MZXW6YQ",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI",
    "12345678901234567890, GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
  })
  void encodesAndDecodesRfc4648Vectors(String plain, String encoded) {
    byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
    assertEquals(encoded, Base32.encode(bytes));
    assertArrayEquals(bytes, Base32.decode(encoded));
  }

  @ParameterizedTest
  @CsvSource({
    "mzxw6ytboi, foobar",
    "MZXW 6YTB OI, foobar",
    "MZXW6YTBOI======, foobar",
    "' mzxw6yq= ', foob"
  })
  void decodesLeniently(String encoded, String plain) {
    assertArrayEquals(plain.getBytes(StandardCharsets.US_ASCII), Base32.decode(encoded));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MZXW1 | not base32: the character at position 5 is not in A-Z or 2-7",
        "MZ-XW | not base32: the character at position 3 is not in A-Z or 2-7",
        "MZ=XW | not base32: the character at position 3 is not in A-Z or 2-7",
        "M | not base32: 1 characters cannot encode a whole number of bytes",
        "MZX | not base32: 3 characters cannot encode a whole number of bytes",
        "MZXW6Y | not base32: 6 characters cannot encode a whole number of bytes",
        "MZ | not base32: the last character has bits set beyond the last byte",
      })
  void refusesInvalidText(String text, String message) {
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> Base32.decode(text)).getMessage());
  }
}
