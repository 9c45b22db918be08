package io.gatehouse.policy.internal.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeTextTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2024-01-01T00:00:00Z, 2024-01-01T00:00:00Z",
    "2024-01-01T00:00:00z, 2024-01-01T00:00:00Z",
    "2024-01-01t00:00:00Z, 2024-01-01T00:00:00Z",
    "2024-01-01, 2024-01-01T00:00:00Z",
    "2024-01-01T00:00Z, 2024-01-01T00:00:00Z",
    "2024-01-01T13:45, 2024-01-01T13:45:00Z",
    "2024-01-01T13:45:30, 2024-01-01T13:45:30Z",
    "2024-01-01T00:00:00.5Z, 2024-01-01T00:00:00.500Z",
    "2024-01-01T00:00:00.123Z, 2024-01-01T00:00:00.123Z",
    "2024-01-01T00:00:00.123456789Z, 2024-01-01T00:00:00.123Z",
    "2024-01-01T02:00:00+02:00, 2024-01-01T00:00:00Z",
    "2024-01-01T02:00:00+0200, 2024-01-01T00:00:00Z",
    "2024-01-01T02:00:00+02, 2024-01-01T00:00:00Z",
    "2023-12-31T18:30:00-05:30, 2024-01-01T00:00:00Z",
    "2024-01-01T00:00+01:00, 2023-12-31T23:00:00Z",
    "2024-02-29, 2024-02-29T00:00:00Z",
    "2000-02-29, 2000-02-29T00:00:00Z",
    "1969-12-31T23:59:59Z, 1969-12-31T23:59:59Z",
    "0001-01-01, 0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999Z, 9999-12-31T23:59:59.999Z",
    "1704067200, 2024-01-01T00:00:00Z",
    "0, 1970-01-01T00:00:00Z",
    "-86400, 1969-12-31T00:00:00Z",
  })
  void readsAcceptedForms(String text, String instant) {
    assertEquals(Instant.parse(instant).toEpochMilli(), DateTimeText.toEpochMillis(text));
  }

  @Test
  void allDigitsAreEpochSecondsEvenWhenTheyLookLikeAYear() {
    assertEquals(2_024_000L, DateTimeText.toEpochMillis("2024"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        "yesterday",
        "2024-01",
        "2024-1-01",
        "2024-13-01",
        "2024-00-10",
        "2024-01-32",
        "2023-02-29",
        "1900-02-29",
        "2024-04-31",
        "2024-01-01T",
        "2024-01-01T24:00:00Z",
        "2024-01-01T12:60Z",
        "2024-01-01T12:00:60Z",
        "2024-01-01T1:00Z",
        "2024-01-01T12:00:0Z",
        "2024-01-01 12:00:00Z",
        "2024-01-01T12:00:00.Z",
        "2024-01-01T12:00:00.1234567890Z",
        "2024-01-01T12:00.5Z",
        "2024-01-01T12:00:00ZZ",
        "2024-01-01T12:00:00+2",
        "2024-01-01T12:00:00+19:00",
        "2024-01-01T12:00:00+02:60",
        "2024-01-01T12:00:00+02:0",
        "2024-01-01Z",
        "1704067200.5",
        "1234567890123456",
        "+1704067200",
        "01/01/2024",
        "2024-01-01T12:00:00 Z"
      })
  void rejectsOtherText(String text) {
    assertEquals(DateTimeText.INVALID, DateTimeText.toEpochMillis(text));
  }
}
