package io.gatehouse.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DerivedIdTest {

  @Test
  void isThePrefixAndSeventeenBase32CharactersOfTheSeedsHash() {
    String id = DerivedId.of("AIDA", "123456789012:user:bob");
    assertTrue(id.matches("AIDA[A-Z2-7]{17}"), id);
    // Pinned: ids are stored by users of the account, so the derivation must never change.
    assertEquals("AIDADOPZXQXGQCYU7W422", id);
  }

  @Test
  void differsForEverySeed() {
    assertNotEquals(
        DerivedId.of("AIDA", "123456789012:user:bob"),
        DerivedId.of("AIDA", "123456789012:user:Bob"));
    assertNotEquals(
        DerivedId.of("AIDA", "123456789012:user:bob"),
        DerivedId.of("AIDA", "210987654321:user:bob"));
  }
}
