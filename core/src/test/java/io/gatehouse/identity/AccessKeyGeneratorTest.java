package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AccessKeyGeneratorTest {
  private final AccessKeyGenerator generator = new AccessKeyGenerator(new SecureRandom());

  @Test
  void accessKeyIdsHaveAwsShape() {
    for (int i = 0; i < 200; i++) {
      String id = generator.newAccessKeyId();
      assertTrue(id.matches("AKIA[A-Z2-7]{16}"), id);
      assertTrue(AccessKeyGenerator.isAccessKeyId(id));
      assertFalse(AccessKeyGenerator.isTemporaryAccessKeyId(id));
    }
  }

  @Test
  void temporaryAccessKeyIdsHaveAwsShape() {
    for (int i = 0; i < 200; i++) {
      String id = generator.newTemporaryAccessKeyId();
      assertTrue(id.matches("ASIA[A-Z2-7]{16}"), id);
      assertTrue(AccessKeyGenerator.isTemporaryAccessKeyId(id));
      assertFalse(AccessKeyGenerator.isAccessKeyId(id));
    }
  }

  @Test
  void secretAccessKeysHaveAwsShape() {
    for (int i = 0; i < 200; i++) {
      String secret = generator.newSecretAccessKey();
      assertTrue(secret.matches("[A-Za-z0-9/+]{40}"));
      assertTrue(AccessKeyGenerator.isSecretAccessKey(secret));
    }
  }

  @Test
  void uniqueIdsHaveAwsShapes() {
    for (int i = 0; i < 100; i++) {
      assertTrue(generator.newUserId().matches("AIDA[A-Z2-7]{17}"));
      assertTrue(generator.newRoleId().matches("AROA[A-Z2-7]{17}"));
      assertTrue(generator.newGroupId().matches("AGPA[A-Z2-7]{17}"));
      assertTrue(generator.newPolicyId().matches("ANPA[A-Z2-7]{17}"));
    }
    assertTrue(AccessKeyGenerator.isUserId(generator.newUserId()));
    assertTrue(AccessKeyGenerator.isRoleId(generator.newRoleId()));
    assertTrue(AccessKeyGenerator.isGroupId(generator.newGroupId()));
    assertTrue(AccessKeyGenerator.isPolicyId(generator.newPolicyId()));
    assertFalse(AccessKeyGenerator.isRoleId(generator.newUserId()));
    assertFalse(AccessKeyGenerator.isUserId(generator.newGroupId()));
  }

  @Test
  void validatorsRefuseWrongShapes() {
    assertTrue(AccessKeyGenerator.isAccessKeyId("AKIAIOSFODNN7EXAMPLE"));
    assertFalse(AccessKeyGenerator.isAccessKeyId(null));
    assertFalse(AccessKeyGenerator.isAccessKeyId(""));
    assertFalse(AccessKeyGenerator.isAccessKeyId("AKIAIOSFODNN7EXAMPL"));
    assertFalse(AccessKeyGenerator.isAccessKeyId("AKIAIOSFODNN7EXAMPLEX"));
    assertFalse(AccessKeyGenerator.isAccessKeyId("AKIAIOSFODNN1EXAMPLE"));
    assertFalse(AccessKeyGenerator.isAccessKeyId("akiaIOSFODNN7EXAMPLE"));
    assertFalse(AccessKeyGenerator.isAccessKeyId("AKIAiosfodnn7EXAMPLE"));
    assertTrue(AccessKeyGenerator.isSecretAccessKey("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    assertFalse(AccessKeyGenerator.isSecretAccessKey("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE"));
    assertFalse(AccessKeyGenerator.isSecretAccessKey("wJalrXUtnFEMI-K7MDENG/bPxRfiCYEXAMPLEKEY"));
    assertFalse(AccessKeyGenerator.isSecretAccessKey(null));
    assertTrue(AccessKeyGenerator.isUserId("AIDACKCEVSQ6C2EXAMPLE"));
    assertFalse(AccessKeyGenerator.isUserId("AIDACKCEVSQ6C2EXAMPL"));
    assertFalse(AccessKeyGenerator.isPolicyId("ANPA0KCEVSQ6C2EXAMPLE"));
  }

  @Test
  void doesNotRepeat() {
    assertDistinct(generator::newAccessKeyId, 2_000);
    assertDistinct(generator::newSecretAccessKey, 2_000);
    assertDistinct(generator::newUserId, 2_000);
  }

  @Test
  void usesEveryCharacterOfTheAlphabets() {
    Set<Character> idChars = new HashSet<>();
    Set<Character> secretChars = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      generator.newAccessKeyId().substring(4).chars().forEach(c -> idChars.add((char) c));
      generator.newSecretAccessKey().chars().forEach(c -> secretChars.add((char) c));
    }
    assertEquals(32, idChars.size());
    assertEquals(64, secretChars.size());
  }

  @Test
  void drawsFromTheGivenRandom() throws NoSuchAlgorithmException {
    AccessKeyGenerator a = new AccessKeyGenerator(seeded());
    AccessKeyGenerator b = new AccessKeyGenerator(seeded());
    assertEquals(a.newAccessKeyId(), b.newAccessKeyId());
    assertEquals(a.newSecretAccessKey(), b.newSecretAccessKey());
    assertEquals(a.newRoleId(), b.newRoleId());
  }

  @Test
  void defaultConstructorWorks() {
    Predicate<String> shape = AccessKeyGenerator::isAccessKeyId;
    assertTrue(shape.test(new AccessKeyGenerator().newAccessKeyId()));
    assertEquals("AccessKeyGenerator", new AccessKeyGenerator().toString());
  }

  private static SecureRandom seeded() throws NoSuchAlgorithmException {
    // SHA1PRNG seeded before its first use is deterministic.
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(42L);
    return random;
  }

  private static void assertDistinct(Supplier<String> next, int count) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < count; i++) {
      assertTrue(seen.add(next.get()));
    }
  }
}
