package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class TotpSecretTest {
  private static final String RFC_6238_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @Test
  void generatesTwentyRandomBytes() {
    TotpSecret secret = TotpSecret.generate(new SecureRandom());
    assertEquals(20, secret.seed().length);
    assertEquals(32, secret.base32().length());
    assertTrue(secret.base32().matches("[A-Z2-7]{32}"));
    assertNotEquals(secret, TotpSecret.generate(new SecureRandom()));
  }

  @Test
  void drawsFromTheGivenRandom() {
    TotpSecret secret = TotpSecret.generate(new FixedRandom(0x31));
    // Bytes 0x31..0x44, i.e. "123456789:;<=>?@ABCD".
    assertEquals(TotpSecret.fromBase32("GEZDGNBVGY3TQOJ2HM6D2PR7IBAUEQ2E"), secret);
  }

  @Test
  void base32RoundTrips() {
    TotpSecret secret = TotpSecret.generate(new SecureRandom());
    assertEquals(secret, TotpSecret.fromBase32(secret.base32()));
    assertEquals(RFC_6238_SEED, TotpSecret.fromBase32(RFC_6238_SEED).base32());
  }

  @Test
  void fromBase32ToleratesLowerCaseSpacesAndPadding() {
    TotpSecret expected = TotpSecret.fromBase32(RFC_6238_SEED);
    assertEquals(expected, TotpSecret.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    assertEquals(expected, TotpSecret.fromBase32(" GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ "));
    assertEquals(
        TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY"),
        TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY======"));
  }

  @Test
  void fromBase32RefusesInvalidTextWithoutRepeatingIt() {
    String bad = "GEZDGNBVGY3TQOJ1GEZDGNBVGY3TQOJQ";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TotpSecret.fromBase32(bad));
    assertEquals("not base32: the character at position 16 is not in A-Z or 2-7", e.getMessage());
    assertFalse(e.getMessage().contains("GEZD"));
  }

  @Test
  void fromBase32RefusesSeedsShorterThan128Bits() {
    // 10 bytes: the 80-bit seeds some older authenticator set-ups used.
    assertEquals(
        "a TOTP seed must be 16 to 128 bytes long, found 10",
        assertThrows(
                IllegalArgumentException.class, () -> TotpSecret.fromBase32("GEZDGNBVGY3TQOJQ"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> TotpSecret.fromBase32(""));
  }

  @Test
  void fromBase32RefusesOverlongText() {
    assertThrows(IllegalArgumentException.class, () -> TotpSecret.fromBase32("A".repeat(257)));
    assertThrows(NullPointerException.class, () -> TotpSecret.fromBase32(null));
  }

  @Test
  void toStringShowsOnlyTheLength() {
    TotpSecret secret = TotpSecret.fromBase32(RFC_6238_SEED);
    assertEquals("TotpSecret[160 bits]", secret.toString());
    assertFalse(secret.toString().contains(RFC_6238_SEED));
  }

  @Test
  void ofSeedCopies() {
    byte[] seed = new byte[20];
    TotpSecret secret = TotpSecret.ofSeed(seed);
    seed[0] = 1;
    assertEquals(0, secret.seed()[0]);
    assertEquals(secret.hashCode(), TotpSecret.ofSeed(new byte[20]).hashCode());
  }
}
