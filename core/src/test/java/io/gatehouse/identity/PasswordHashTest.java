package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordHashTest {
  private static final byte[] SALT = new byte[16];
  private static final byte[] KEY = new byte[32];

  static {
    for (int i = 0; i < 32; i++) {
      if (i < 16) {
        SALT[i] = (byte) i;
      }
      KEY[i] = (byte) (0xA0 + i);
    }
  }

  @Test
  void encodedFormNamesAlgorithmIterationsSaltAndKey() {
    PasswordHash hash = new PasswordHash(600_000, SALT, KEY);
    assertEquals(
        "pbkdf2-sha256$600000$AAECAwQFBgcICQoLDA0ODw$oKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr8",
        hash.encoded());
  }

  @Test
  void parseReadsEncodedFormBack() {
    PasswordHash hash = new PasswordHash(1234, SALT, KEY);
    PasswordHash read = PasswordHash.parse(hash.encoded());
    assertEquals(hash, read);
    assertEquals("pbkdf2-sha256", read.algorithm());
    assertEquals(1234, read.iterations());
    assertArrayEquals(SALT, read.salt());
    assertArrayEquals(KEY, read.derivedKey());
    assertEquals(32, read.derivedKeyLength());
  }

  @Test
  void parseAcceptsPaddedBase64() {
    String padded =
        "pbkdf2-sha256$1000$"
            + Base64.getEncoder().encodeToString(SALT)
            + "$"
            + Base64.getEncoder().encodeToString(KEY);
    assertEquals(new PasswordHash(1000, SALT, KEY), PasswordHash.parse(padded));
  }

  @Test
  void toStringShowsNeitherSaltNorKey() {
    PasswordHash hash = new PasswordHash(600_000, SALT, KEY);
    assertEquals("PasswordHash[pbkdf2-sha256, 600000 iterations]", hash.toString());
    String encoded = hash.encoded();
    String salt = encoded.split("\\$")[2];
    String key = encoded.split("\\$")[3];
    assertFalse(hash.toString().contains(salt));
    assertFalse(hash.toString().contains(key));
  }

  @Test
  void copiesArraysInAndOut() {
    byte[] salt = SALT.clone();
    PasswordHash hash = new PasswordHash(1000, salt, KEY);
    salt[0] = 99;
    hash.salt()[1] = 99;
    hash.derivedKey()[0] = 99;
    assertArrayEquals(SALT, hash.salt());
    assertArrayEquals(KEY, hash.derivedKey());
  }

  @Test
  void equalityCoversEveryPart() {
    PasswordHash hash = new PasswordHash(1000, SALT, KEY);
    assertEquals(hash, new PasswordHash(1000, SALT.clone(), KEY.clone()));
    assertEquals(hash.hashCode(), new PasswordHash(1000, SALT, KEY).hashCode());
    assertNotEquals(hash, new PasswordHash(1001, SALT, KEY));
    byte[] otherKey = KEY.clone();
    otherKey[31] ^= 1;
    assertNotEquals(hash, new PasswordHash(1000, SALT, otherKey));
    byte[] otherSalt = SALT.clone();
    otherSalt[0] ^= 1;
    assertNotEquals(hash, new PasswordHash(1000, otherSalt, KEY));
  }

  @Test
  void constructorRefusesOutOfRangeValues() {
    assertEquals(
        "the iteration count must be between 1000 and 10000000, found 999",
        assertThrows(IllegalArgumentException.class, () -> new PasswordHash(999, SALT, KEY))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new PasswordHash(10_000_001, SALT, KEY));
    assertEquals(
        "the salt must be 16 to 64 bytes long, found 8",
        assertThrows(IllegalArgumentException.class, () -> new PasswordHash(1000, new byte[8], KEY))
            .getMessage());
    assertEquals(
        "the derived key must be 16 to 64 bytes long, found 65",
        assertThrows(
                IllegalArgumentException.class, () -> new PasswordHash(1000, SALT, new byte[65]))
            .getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\"                                           | expected 4 parts separated by '$', found"
            + " 1",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw    | expected 4 parts separated by '$', found 3",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODw$x"
            + " | expected 4 parts separated by '$', found 5",
        "pbkdf2-sha1$1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODw"
            + " | unsupported algorithm; expected pbkdf2-sha256",
        "PBKDF2-SHA256$1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODw"
            + " | unsupported algorithm; expected pbkdf2-sha256",
        "pbkdf2-sha256$$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODw"
            + " | the iteration count is not a decimal number of at most 9 digits",
        "pbkdf2-sha256$-1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODw"
            + " | the iteration count is not a decimal number of at most 9 digits",
        "pbkdf2-sha256$1e6$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODw"
            + " | the iteration count is not a decimal number of at most 9 digits",
        "pbkdf2-sha256$9999999999$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODw"
            + " | the iteration count is not a decimal number of at most 9 digits",
        "pbkdf2-sha256$999$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODw"
            + " | the iteration count must be between 1000 and 10000000, found 999",
        "pbkdf2-sha256$1000$AAEC*wQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODw"
            + " | the salt is not valid base64",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$AAEC_wQFBgcICQoLDA0ODw"
            + " | the derived key is not valid base64",
        "pbkdf2-sha256$1000$AAECAwQFBgc$AAECAwQFBgcICQoLDA0ODw"
            + " | the salt must be 16 to 64 bytes long, found 8",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$"
            + " | the derived key must be 16 to 64 bytes long, found 0",
      })
  void parseExplainsMalformedText(String text, String why) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(text));
    assertEquals("malformed password hash: " + why, e.getMessage());
    assertFalse(e.getMessage().contains("AAECAwQFBgc"), "the message repeats the salt or key");
  }

  @Test
  void parseRefusesOverlongText() {
    String text = "pbkdf2-sha256$1000$" + "A".repeat(300) + "$" + "A".repeat(43);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(text));
    assertTrue(e.getMessage().contains("longer than 256 characters"));
  }
}
