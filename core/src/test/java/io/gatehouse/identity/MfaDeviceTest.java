package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MfaDeviceTest {
  private static final String SERIAL = "arn:aws:iam::123456789012:mfa/phone";
  private static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void unassignedDeviceHasNeitherUserNorEnableDate() {
    MfaDevice d = MfaDevice.unassigned(SERIAL, SEED);
    assertFalse(d.isAssigned());
    assertNull(d.userName());
    assertNull(d.enableDate());
    assertEquals(-1, d.lastUsedStep());
    assertEquals("MfaDevice[" + SERIAL + ", unassigned]", d.toString());
  }

  @Test
  void assigningAndUnassigningKeepSerialAndSeed() {
    MfaDevice assigned = MfaDevice.unassigned(SERIAL, SEED).assignedTo("alice", T0, 42);
    assertTrue(assigned.isAssigned());
    assertEquals(new MfaDevice("alice", SERIAL, SEED, T0, 42), assigned);
    assertEquals(MfaDevice.unassigned(SERIAL, SEED), assigned.unassign());
    assertFalse(assigned.toString().contains(SEED));
  }

  @Test
  void userAndEnableDateComeTogether() {
    assertThrows(IllegalArgumentException.class, () -> new MfaDevice("alice", SERIAL, SEED, null, -1));
    assertThrows(IllegalArgumentException.class, () -> new MfaDevice(null, SERIAL, SEED, T0, -1));
    assertThrows(NullPointerException.class, () -> new MfaDevice(null, null, SEED, null, -1));
  }
}
