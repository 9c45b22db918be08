package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  /** Few iterations keep the suite fast; one test runs the real default. */
  private final PasswordHasher hasher = new PasswordHasher(1_000, new SecureRandom());

  @Test
  void verifiesThePasswordThatWasHashed() {
    PasswordHash hash = hasher.hash("correct horse battery staple".toCharArray());
    assertTrue(hasher.verify("correct horse battery staple".toCharArray(), hash));
  }

  @Test
  void refusesAnyOtherPassword() {
    PasswordHash hash = hasher.hash("correct horse battery staple".toCharArray());
    assertFalse(hasher.verify("correct horse battery stapLe".toCharArray(), hash));
    assertFalse(hasher.verify("correct horse battery staple ".toCharArray(), hash));
    assertFalse(hasher.verify("x".toCharArray(), hash));
  }

  @Test
  void newHashesHaveSixteenByteSaltThirtyTwoByteKeyAndTheConfiguredIterations() {
    PasswordHash hash = hasher.hash("pw".toCharArray());
    assertEquals(16, hash.salt().length);
    assertEquals(32, hash.derivedKey().length);
    assertEquals(1_000, hash.iterations());
  }

  @Test
  void eachHashHasItsOwnSalt() {
    PasswordHash a = hasher.hash("same".toCharArray());
    PasswordHash b = hasher.hash("same".toCharArray());
    assertNotEquals(a, b);
    assertFalse(java.util.Arrays.equals(a.salt(), b.salt()));
  }

  @Test
  void drawsSaltsFromTheGivenRandom() {
    PasswordHash hash = new PasswordHasher(1_000, new FixedRandom(0)).hash("pw".toCharArray());
    assertArrayEquals(
        new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, hash.salt());
  }

  @Test
  void matchesAnIndependentImplementation() {
    // Computed with Python: hashlib.pbkdf2_hmac("sha256", pw.encode("utf-8"), bytes(range(16)),
    // 1000, 32).
    PasswordHash ascii =
        PasswordHash.parse(
            "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4");
    PasswordHash unicode =
        PasswordHash.parse(
            "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$3TDQwd5s9p7Frasrat2dAxDilfhYX9mxPBEteXXyB/w");
    assertTrue(hasher.verify("correct horse battery staple".toCharArray(), ascii));
    assertTrue(hasher.verify("pässwörd€".toCharArray(), unicode));
    assertFalse(hasher.verify("passw\u00f6rd\u20ac".toCharArray(), unicode));
    assertEquals(
        ascii,
        new PasswordHasher(1_000, new FixedRandom(0))
            .hash("correct horse battery staple".toCharArray()));
  }

  @Test
  void verifiesWithTheStoredIterationCount() {
    PasswordHash old = hasher.hash("pw".toCharArray());
    PasswordHasher stronger = new PasswordHasher(2_000, new SecureRandom());
    assertTrue(stronger.verify("pw".toCharArray(), old));
    assertTrue(stronger.needsRehash(old));
    assertFalse(stronger.needsRehash(stronger.hash("pw".toCharArray())));
    assertFalse(hasher.needsRehash(stronger.hash("pw".toCharArray())));
  }

  @Test
  void defaultHasherUsesSixHundredThousandIterations() {
    PasswordHasher standard = new PasswordHasher();
    assertEquals(600_000, standard.iterations());
    assertEquals(600_000, PasswordHasher.DEFAULT_ITERATIONS);
    assertEquals(600_000, new PasswordHasher(new SecureRandom()).iterations());
    PasswordHash hash = standard.hash("correct horse battery staple".toCharArray());
    assertEquals(600_000, hash.iterations());
    assertTrue(hash.encoded().startsWith("pbkdf2-sha256$600000$"));
    assertTrue(standard.verify("correct horse battery staple".toCharArray(), hash));
    assertFalse(standard.needsRehash(hash));
    // The same result as Python's hashlib for 600000 iterations.
    assertTrue(
        standard.verify(
            "correct horse battery staple".toCharArray(),
            PasswordHash.parse(
                "pbkdf2-sha256$600000$AAECAwQFBgcICQoLDA0ODw"
                    + "$7xdxRO7JQgy8EJPSqLNEqSvFBtDU7JwCjdGfgyTYweY")));
  }

  @Test
  void refusesIterationCountsOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(999, new SecureRandom()));
    assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0, new SecureRandom()));
    assertThrows(
        IllegalArgumentException.class, () -> new PasswordHasher(10_000_001, new SecureRandom()));
    assertThrows(NullPointerException.class, () -> new PasswordHasher(1_000, null));
  }

  @Test
  void refusesToHashAnEmptyPasswordAndNeverMatchesOne() {
    assertEquals(
        "the password is empty",
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(new char[0])).getMessage());
    assertFalse(hasher.verify(new char[0], hasher.hash("pw".toCharArray())));
  }

  @Test
  void leavesTheCallersPasswordAlone() {
    char[] password = "secret-pw".toCharArray();
    PasswordHash hash = hasher.hash(password);
    assertTrue(hasher.verify(password, hash));
    assertArrayEquals("secret-pw".toCharArray(), password);
  }

  @Test
  void toStringShowsOnlyTheParameters() {
    assertEquals("PasswordHasher[pbkdf2-sha256, 1000 iterations]", hasher.toString());
  }
}
