package io.gatehouse.sigv4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SigningKeys}: a derived key is reused only for the same secret, date, region and service. */
class SigningKeysTest {
  private static final CredentialScope SCOPE = new CredentialScope("AKIDEXAMPLE", "20150830", "us-east-1", "iam");

  @Test
  void derivesTheKeyOfAwsExample() {
    // AWS's documented example of the derived key for this secret and scope.
    byte[] key = new SigningKeys(8).signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", SCOPE);
    assertEquals("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9",
        java.util.HexFormat.of().formatHex(key));
  }

  @Test
  void reusesTheKeyForTheSameSecretAndScope() {
    SigningKeys keys = new SigningKeys(8);
    byte[] first = keys.signingKey("secret", SCOPE);
    assertSame(first, keys.signingKey("secret", new CredentialScope("AKIDOTHER", "20150830", "us-east-1", "iam")));
    assertEquals(1, keys.size());
  }

  @Test
  void neverReusesAKeyForAnotherSecretDateRegionOrService() {
    SigningKeys keys = new SigningKeys(16);
    List<String[]> variants = List.of(
        new String[] {"secret", "20150830", "us-east-1", "iam"},
        new String[] {"secret2", "20150830", "us-east-1", "iam"},
        new String[] {"secret", "20150831", "us-east-1", "iam"},
        new String[] {"secret", "20150830", "eu-west-1", "iam"},
        new String[] {"secret", "20150830", "us-east-1", "sts"});
    for (String[] v : variants) {
      CredentialScope scope = new CredentialScope("AKID", v[1], v[2], v[3]);
      // Looked up twice: the second answer comes from the cache and must still be this variant's key.
      keys.signingKey(v[0], scope);
      assertArrayEquals(SignatureCalculator.signingKey(v[0], scope), keys.signingKey(v[0], scope),
          String.join("/", v));
    }
    assertEquals(variants.size(), keys.size());
    byte[] a = keys.signingKey("secret", SCOPE);
    byte[] b = keys.signingKey("secret2", SCOPE);
    assertFalse(Arrays.equals(a, b));
  }

  @Test
  void staysWithinItsCapacity() {
    SigningKeys keys = new SigningKeys(4);
    for (int i = 0; i < 50; i++) {
      CredentialScope scope = new CredentialScope("AKID", "20150830", "us-east-1", "svc" + i);
      assertArrayEquals(SignatureCalculator.signingKey("secret", scope), keys.signingKey("secret", scope));
      assertEquals(true, keys.size() <= 4, "size " + keys.size());
    }
  }

  @Test
  void refusesANonPositiveCapacity() {
    assertThrows(IllegalArgumentException.class, () -> new SigningKeys(0));
  }
}
