package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretEncryptionTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final SecureRandom RANDOM = new SecureRandom();
  @TempDir Path dir;

  @Test
  void encryptsWithAFreshNonceAndDecrypts() {
    SecretEncryption keys = SecretEncryption.fromText(SecretEncryption.newKeyLine("k1", RANDOM), "test");
    String a = keys.encrypt(SECRET);
    String b = keys.encrypt(SECRET);
    assertTrue(a.startsWith("enc:v1:k1:"), a);
    assertFalse(a.contains(SECRET));
    assertNotEquals(a, b, "each value has its own nonce");
    assertEquals(SECRET, keys.decrypt(a));
    assertEquals(SECRET, keys.decrypt(b));
  }

  @Test
  void clearValuesReadAsTheyAre() {
    assertEquals(SECRET, SecretEncryption.none().decrypt(SECRET));
  }

  @Test
  void rotationKeepsOldKeysForReading() {
    String oldLine = SecretEncryption.newKeyLine("2025", RANDOM);
    String sealedWithOld = SecretEncryption.fromText(oldLine, "old").encrypt(SECRET);
    SecretEncryption rotated = SecretEncryption.fromText("# newest first\n"
        + SecretEncryption.newKeyLine("2026", RANDOM) + "\n" + oldLine + "\n", "rotated");
    assertEquals(SECRET, rotated.decrypt(sealedWithOld));
    assertTrue(rotated.encrypt(SECRET).startsWith("enc:v1:2026:"));
  }

  @Test
  void wrongMissingOrUnknownKeysAreClearErrorsWithoutTheSecret() {
    String sealed = SecretEncryption.fromText(SecretEncryption.newKeyLine("k1", RANDOM), "a").encrypt(SECRET);
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> SecretEncryption.fromText(SecretEncryption.newKeyLine("k1", RANDOM), "b").decrypt(sealed));
    assertEquals("the value cannot be decrypted with key \"k1\": the key is wrong or the value was altered",
        wrong.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> SecretEncryption.none().decrypt(sealed));
    assertTrue(none.getMessage().contains("no encryption key is configured"), none.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> SecretEncryption.fromText(SecretEncryption.newKeyLine("k2", RANDOM), "c").decrypt(sealed));
    assertTrue(unknown.getMessage().contains("not among the configured keys [k2]"), unknown.getMessage());
    String altered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
    assertThrows(IllegalArgumentException.class, () -> SecretEncryption.fromText("k1:" + "A".repeat(43) + "=", "d")
        .decrypt(altered));
    assertThrows(IllegalStateException.class, () -> SecretEncryption.none().encrypt(SECRET));
  }

  @Test
  void badKeyMaterialIsRefusedWithoutQuotingIt() throws Exception {
    IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class,
        () -> SecretEncryption.fromText("k1:c2hvcnQ=", "keys.txt"));
    assertEquals("keys.txt: entry 1: expected a key of 32 bytes (AES-256), found 5", shortKey.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SecretEncryption.fromText("# nothing\n", "keys.txt"));
    IllegalArgumentException unset = assertThrows(IllegalArgumentException.class,
        () -> SecretEncryption.fromEnvironment("GATEHOUSE_KEY", Map.of()));
    assertTrue(unset.getMessage().startsWith("environment variable GATEHOUSE_KEY is not set"), unset.getMessage());
    Path file = dir.resolve("secrets.key");
    Files.writeString(file, SecretEncryption.newKeyLine("file", RANDOM) + "\n");
    assertEquals("file", SecretEncryption.fromKeyFile(file).currentKeyId().orElseThrow());
    assertEquals("SecretEncryption[file]", SecretEncryption.fromKeyFile(file).toString());
  }
}
