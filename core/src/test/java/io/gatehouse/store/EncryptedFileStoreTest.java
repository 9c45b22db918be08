package io.gatehouse.store;

import static io.gatehouse.store.StoreTestAccounts.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.MfaDevice;
import io.gatehouse.identity.SecretEncryption;
import io.gatehouse.policy.InvalidPolicyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store never writes a secret in clear once it has a key; clear hand-written files still load. */
class EncryptedFileStoreTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  private static final SecureRandom RANDOM = new SecureRandom();
  @TempDir Path dir;

  private static final String CLEAR = StoreTestAccounts.YAML + """
      AccessKeys:
        - UserName: alice
          AccessKeyId: AKIAIOSFODNN7EXAMPLE
          SecretAccessKey: %s
          CreateDate: 2026-01-01T00:00:00Z
      MFADevices:
        - UserName: alice
          SerialNumber: arn:aws:iam::123456789012:mfa/alice
          Base32StringSeed: %s
          EnableDate: 2026-01-01T00:00:00Z
      """.formatted(SECRET, SEED);

  @Test
  void aHandWrittenClearFileLoadsAndEveryWriteEncrypts() throws Exception {
    Path file = Files.writeString(dir.resolve("account.yaml"), CLEAR);
    SecretEncryption keys = SecretEncryption.fromText(SecretEncryption.newKeyLine("k1", RANDOM), "test");
    try (FileAccountStore store = FileAccountStore.builder(List.of(file)).encryption(keys).open()) {
      Account a = store.snapshot().account(ID).orElseThrow();
      assertEquals(SECRET, a.accessKey("AKIAIOSFODNN7EXAMPLE").orElseThrow().secretAccessKey());
      store.update(ID, x -> StoreTestAccounts.allow(x, "shop:Any"));
    }
    String text = Files.readString(file);
    assertFalse(text.contains(SECRET), text);
    assertFalse(text.contains(SEED), text);
    assertTrue(text.contains("SecretAccessKey: enc:v1:k1:"), text);
    try (FileAccountStore again = FileAccountStore.builder(List.of(file)).encryption(keys).open()) {
      Account a = again.snapshot().account(ID).orElseThrow();
      AccessKey key = a.accessKey("AKIAIOSFODNN7EXAMPLE").orElseThrow();
      assertEquals(SECRET, key.secretAccessKey());
      MfaDevice device = a.user("alice").orElseThrow().mfaDevices().get(0);
      assertEquals(SEED, device.seedBase32());
    }
  }

  @Test
  void aMissingOrWrongKeyLoadsNothingAndSaysWhere() throws Exception {
    Path file = Files.writeString(dir.resolve("account.yaml"), CLEAR);
    SecretEncryption keys = SecretEncryption.fromText(SecretEncryption.newKeyLine("k1", RANDOM), "test");
    try (FileAccountStore store = FileAccountStore.builder(List.of(file)).encryption(keys).open()) {
      store.update(ID, x -> StoreTestAccounts.allow(x, "shop:Any"));
    }
    InvalidPolicyException none = assertThrows(InvalidPolicyException.class, () -> FileAccountStore.open(List.of(file)));
    assertTrue(none.getMessage().contains(file + ":31:22: AccessKeys[0].SecretAccessKey: the value is encrypted"
        + " with key \"k1\" but no encryption key is configured"), none.getMessage());
    assertTrue(none.getMessage().contains("MFADevices[0].Base32StringSeed"), none.getMessage());
    SecretEncryption wrong = SecretEncryption.fromText(SecretEncryption.newKeyLine("k1", RANDOM), "wrong");
    InvalidPolicyException bad = assertThrows(InvalidPolicyException.class,
        () -> FileAccountStore.builder(List.of(file)).encryption(wrong).open());
    assertTrue(bad.getMessage().contains("the key is wrong or the value was altered"), bad.getMessage());
    assertFalse(bad.getMessage().contains(SECRET));
  }
}
