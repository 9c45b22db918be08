package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.gatehouse.identity.TotpVerification.Outcome;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpVerifierTest {
  /** RFC 6238, Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
  private static final TotpSecret RFC_SEED =
      TotpSecret.ofSeed("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  private final TotpVerifier verifier = new TotpVerifier();

  /**
   * RFC 6238, Appendix B, SHA-1 rows. The RFC's codes have 8 digits; a 6-digit code is the same
   * value modulo 10^6, i.e. its last six digits.
   */
  @ParameterizedTest
  @CsvSource({
    "59, 94287082, 1",
    "1111111109, 07081804, 37037036",
    "1111111111, 14050471, 37037037",
    "1234567890, 89005924, 41152263",
    "2000000000, 69279037, 66666666",
    "20000000000, 65353130, 666666666",
  })
  void matchesRfc6238TestVectors(long unixTime, String eightDigits, long step) {
    Instant time = Instant.ofEpochSecond(unixTime);
    String expected = eightDigits.substring(2);
    assertEquals(
        Integer.parseInt(eightDigits) % 1_000_000, Integer.parseInt(expected), "last six digits");
    assertEquals(expected, verifier.codeAt(RFC_SEED, time));
    assertEquals(step, verifier.stepAt(time));
    TotpVerification result = verifier.verify(RFC_SEED, expected, time, TotpVerifier.NO_STEP_USED);
    assertEquals(Outcome.ACCEPTED, result.outcome());
    assertEquals(OptionalLong.of(step), result.matchedStep());
  }

  @Test
  void keepsLeadingZeros() {
    assertEquals("081804", verifier.codeAt(RFC_SEED, Instant.ofEpochSecond(1111111109)));
    assertEquals("005924", verifier.codeAt(RFC_SEED, Instant.ofEpochSecond(1234567890)));
  }

  @Test
  void acceptsOneStepEitherSide() {
    Instant issued = Instant.ofEpochSecond(1234567890);
    String code = verifier.codeAt(RFC_SEED, issued);
    long step = verifier.stepAt(issued);
    for (long offset : new long[] {-30, 0, 30}) {
      TotpVerification result =
          verifier.verify(RFC_SEED, code, issued.plusSeconds(offset), TotpVerifier.NO_STEP_USED);
      assertTrue(result.isAccepted(), "offset " + offset);
      assertEquals(OptionalLong.of(step), result.matchedStep(), "the code's own step");
    }
  }

  @Test
  void refusesCodesTwoStepsAway() {
    Instant issued = Instant.ofEpochSecond(1234567890);
    String code = verifier.codeAt(RFC_SEED, issued);
    for (long offset : new long[] {-60, 60, 3600}) {
      TotpVerification result =
          verifier.verify(RFC_SEED, code, issued.plusSeconds(offset), TotpVerifier.NO_STEP_USED);
      assertEquals(Outcome.WRONG_CODE, result.outcome(), "offset " + offset);
      assertEquals(OptionalLong.empty(), result.matchedStep());
    }
  }

  @Test
  void refusesWrongCode() {
    Instant now = Instant.ofEpochSecond(1234567890);
    String wrong = codeNotInWindow(now);
    TotpVerification result = verifier.verify(RFC_SEED, wrong, now, TotpVerifier.NO_STEP_USED);
    assertEquals(Outcome.WRONG_CODE, result.outcome());
    assertFalse(result.isAccepted());
  }

  @Test
  void refusesTheSameCodeTwice() {
    Instant now = Instant.ofEpochSecond(1234567890);
    String code = verifier.codeAt(RFC_SEED, now);
    TotpVerification first = verifier.verify(RFC_SEED, code, now, TotpVerifier.NO_STEP_USED);
    assertTrue(first.isAccepted());
    long lastUsed = first.matchedStep().getAsLong();

    TotpVerification replay = verifier.verify(RFC_SEED, code, now.plusSeconds(10), lastUsed);
    assertEquals(Outcome.REUSED_CODE, replay.outcome());
    assertEquals(OptionalLong.of(lastUsed), replay.matchedStep());
    assertEquals(
        Outcome.REUSED_CODE,
        verifier.verify(RFC_SEED, code, now.plusSeconds(30), lastUsed).outcome());
  }

  @Test
  void refusesAnOlderCodeAfterANewerOneWasUsed() {
    Instant now = Instant.ofEpochSecond(1234567890);
    String previous = verifier.codeAt(RFC_SEED, now.minusSeconds(30));
    long lastUsed = verifier.stepAt(now);
    assertEquals(Outcome.REUSED_CODE, verifier.verify(RFC_SEED, previous, now, lastUsed).outcome());
  }

  @Test
  void acceptsTheNextCodeAfterTheCurrentOneWasUsed() {
    Instant now = Instant.ofEpochSecond(1234567890);
    long lastUsed = verifier.stepAt(now);
    String next = verifier.codeAt(RFC_SEED, now.plusSeconds(30));
    TotpVerification result = verifier.verify(RFC_SEED, next, now, lastUsed);
    assertTrue(result.isAccepted());
    assertEquals(OptionalLong.of(lastUsed + 1), result.matchedStep());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "12345",
        "1234567",
        "12345a",
        " 12345",
        "123 456",
        "-12345",
        "+12345",
        "\uff11\uff12\uff13\uff14\uff15\uff16",
        "\u0661\u0662\u0663\u0664\u0665\u0666",
        "94287082"
      })
  void refusesMalformedCodesWithoutComputing(String code) {
    TotpSecret secret = mock(TotpSecret.class);
    TotpVerification result =
        verifier.verify(secret, code, Instant.ofEpochSecond(59), TotpVerifier.NO_STEP_USED);
    assertEquals(Outcome.MALFORMED, result.outcome());
    assertEquals(OptionalLong.empty(), result.matchedStep());
    verifyNoInteractions(secret);
  }

  @Test
  void worksWithGeneratedSecrets() {
    TotpSecret secret = TotpSecret.generate(new SecureRandom());
    Instant now = Instant.parse("2025-06-01T12:00:00Z");
    String code = verifier.codeAt(secret, now);
    assertTrue(code.matches("[0-9]{6}"));
    assertTrue(verifier.verify(secret, code, now, TotpVerifier.NO_STEP_USED).isAccepted());
  }

  @Test
  void resultsNeverShowTheCode() {
    Instant now = Instant.ofEpochSecond(59);
    TotpVerification accepted = verifier.verify(RFC_SEED, "287082", now, TotpVerifier.NO_STEP_USED);
    assertEquals("TotpVerification[ACCEPTED, step 1]", accepted.toString());
    assertEquals(
        "TotpVerification[WRONG_CODE]",
        verifier.verify(RFC_SEED, codeNotInWindow(now), now, TotpVerifier.NO_STEP_USED).toString());
    assertEquals(
        "TotpVerification[REUSED_CODE, step 1]",
        verifier.verify(RFC_SEED, "287082", now, 1).toString());
    assertEquals(
        "TotpVerification[MALFORMED]",
        verifier.verify(RFC_SEED, "28708", now, TotpVerifier.NO_STEP_USED).toString());
    assertEquals(accepted, verifier.verify(RFC_SEED, "287082", now, 0));
    assertNotEquals(accepted, verifier.verify(RFC_SEED, "287082", now, 1));
  }

  @Test
  void otpauthUriHasTheKeyUriFormat() {
    TotpSecret secret = TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertEquals(
        "otpauth://totp/Gatehouse:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=Gatehouse&algorithm=SHA1&digits=6&period=30",
        TotpVerifier.otpauthUri("Gatehouse", "alice", secret));
  }

  @Test
  void otpauthUriPercentEncodesIssuerAndAccount() {
    TotpSecret secret = TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertEquals(
        "otpauth://totp/Example%20Corp%20%26%20Co:alice%20smith%40example.com"
            + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=Example%20Corp%20%26%20Co&algorithm=SHA1&digits=6&period=30",
        TotpVerifier.otpauthUri("Example Corp & Co", "alice smith@example.com", secret));
    assertTrue(
        TotpVerifier.otpauthUri("Z\u00fcrich AG", "b+c", secret)
            .startsWith("otpauth://totp/Z%C3%BCrich%20AG:b%2Bc?"));
  }

  @Test
  void otpauthUriRefusesColonsAndBlankNames() {
    TotpSecret secret = TotpSecret.generate(new SecureRandom());
    assertEquals(
        "the issuer must not contain ':', which separates issuer and account name",
        assertThrows(
                IllegalArgumentException.class,
                () -> TotpVerifier.otpauthUri("a:b", "alice", secret))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> TotpVerifier.otpauthUri("Gatehouse", "arn:aws:iam::1:user/a", secret));
    assertEquals(
        "the account name is blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> TotpVerifier.otpauthUri("Gatehouse", " ", secret))
            .getMessage());
  }

  @Test
  void toStringShowsTheParameters() {
    assertEquals("TotpVerifier[SHA1, 6 digits, 30s steps, window \u00b11]", verifier.toString());
  }

  private String codeNotInWindow(Instant now) {
    int candidate = 0;
    while (true) {
      String code = String.format("%06d", candidate++);
      boolean inWindow = false;
      for (long offset : new long[] {-30, 0, 30}) {
        inWindow |= code.equals(verifier.codeAt(RFC_SEED, now.plusSeconds(offset)));
      }
      if (!inWindow) {
        return code;
      }
    }
  }
}
