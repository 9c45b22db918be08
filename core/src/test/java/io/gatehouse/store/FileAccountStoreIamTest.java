package io.gatehouse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.iam.IamService;
import io.gatehouse.iam.NewAccessKey;
import io.gatehouse.iam.NewVirtualMfaDevice;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.PasswordPolicy;
import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IAM writes through the file store survive a reload, including credentials and MFA devices. */
class FileAccountStoreIamTest {
  @TempDir Path dir;

  @Test
  void iamWritesAreInTheFileAfterReload() throws Exception {
    Path file = dir.resolve("account.json");
    Files.writeString(file, "{\"AccountId\": \"123456789012\"}");
    Instant now = Instant.parse("2026-11-22T12:00:00Z");
    try (FileAccountStore store = FileAccountStore.open(List.of(file))) {
      IamService iam = new IamService(store, "123456789012", Clock.fixed(now, ZoneOffset.UTC), new SecureRandom(),
          new PasswordHasher(1000, new SecureRandom()), PasswordPolicy.defaults());
      iam.createUser("carol", null, null, List.of());
      iam.createLoginProfile("carol", "correct horse battery".toCharArray(), false);
      NewAccessKey key = iam.createAccessKey("carol");
      NewVirtualMfaDevice device = iam.createVirtualMFADevice("carol-phone", null);
      Account halfway = new AccountFiles().read(file);
      assertEquals(1, halfway.virtualMfaDevices().size());
      TotpSecret seed = TotpSecret.fromBase32(device.base32StringSeed());
      TotpVerifier totp = new TotpVerifier();
      iam.enableMFADevice("carol", device.serialNumber(), totp.codeAt(seed, now.minusSeconds(30)), totp.codeAt(seed, now));
      String text = Files.readString(file);
      assertFalse(text.contains("correct horse battery"), "no clear-text password in the file");
      Account reread = new AccountFiles().read(file);
      assertTrue(reread.virtualMfaDevices().isEmpty());
      assertEquals(device.serialNumber(), reread.user("carol").orElseThrow().mfaDevices().get(0).serialNumber());
      assertEquals(key.accessKeyId(), reread.user("carol").orElseThrow().accessKeys().get(0).accessKeyId());
      assertTrue(reread.user("carol").orElseThrow().login().isPresent());
    }
  }
}
