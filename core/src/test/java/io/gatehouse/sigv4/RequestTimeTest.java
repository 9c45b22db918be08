package io.gatehouse.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RequestTime}: the basic ISO 8601 format, read strictly. */
class RequestTimeTest {

  @Test
  void readsAndWritesTheBasicFormat() {
    assertEquals(Instant.parse("2015-08-30T12:36:00Z"), RequestTime.parse("20150830T123600Z"));
    assertEquals(Instant.parse("2024-02-29T23:59:59Z"), RequestTime.parse("20240229T235959Z"));
    assertEquals("20150830T123600Z", RequestTime.format(Instant.parse("2015-08-30T12:36:00Z")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20150230T123600Z", "20151330T123600Z", "20150830T243600Z", "20150830T126000Z",
      "20150830T123660Z", "20230229T000000Z", "20150830T123600", "2015-08-30T12:36:00Z", "20150830t123600Z",
      "2015083OT123600Z", "", "20150830T12360 Z"})
  void refusesWhatIsNotAValidBasicDateAsIncompleteSignature(String text) {
    SignatureException e = assertThrows(SignatureException.class, () -> RequestTime.parse(text));
    assertEquals("IncompleteSignature", e.code());
  }

  @Test
  void knowsTheShapeThatFormatsBackToItself() {
    assertTrue(RequestTime.isCanonical("20150830T123600Z"));
    assertFalse(RequestTime.isCanonical("+20150830T123600Z"));
    assertFalse(RequestTime.isCanonical("20150830T1236000"));
  }
}
