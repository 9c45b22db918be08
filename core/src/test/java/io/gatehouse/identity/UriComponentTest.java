package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UriComponentTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Gatehouse | Gatehouse",
        "Example Corp | Example%20Corp",
        "a+b | a%2Bb",
        "alice@example.com | alice%40example.com",
        "x/y?z&w=v#f | x%2Fy%3Fz%26w%3Dv%23f",
        "100% | 100%25",
        "AZaz09-._~ | AZaz09-._~",
        "Z\u00fcrich | Z%C3%BCrich",
        "\u20ac | %E2%82%AC",
      })
  void encodesEverythingButUnreservedCharacters(String text, String encoded) {
    assertEquals(encoded, UriComponent.encode(text));
  }
}
