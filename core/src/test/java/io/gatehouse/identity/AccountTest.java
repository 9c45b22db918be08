package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {
  private static final String ID = "123456789012";
  private static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private static String serial(String name) {
    return "arn:aws:iam::" + ID + ":mfa/" + name;
  }

  private static UserBuilder alice() {
    return new UserBuilder().name("alice").userId("AIDAALICE").arn("arn:aws:iam::" + ID + ":user/alice").createDate(T0);
  }

  @Test
  void holdsUnassignedVirtualMfaDevicesBySerialNumber() {
    Account account = Account.builder(ID)
        .putVirtualMfaDevice(MfaDevice.unassigned(serial("a"), SEED))
        .putVirtualMfaDevice(MfaDevice.unassigned(serial("b"), SEED))
        .build();
    assertEquals(List.of(serial("a"), serial("b")),
        account.virtualMfaDevices().stream().map(MfaDevice::serialNumber).toList());
    assertTrue(account.virtualMfaDevice(serial("b")).isPresent());

    Account next = account.toBuilder().removeVirtualMfaDevice(serial("a")).build();
    assertEquals(List.of(serial("b")), next.virtualMfaDevices().stream().map(MfaDevice::serialNumber).toList());
    assertEquals(account.version() + 1, next.version());
    assertEquals(2, account.virtualMfaDevices().size(), "snapshots are immutable");
  }

  @Test
  void refusesAnAssignedDeviceAmongTheUnassigned() {
    Account.Builder b = Account.builder(ID).putVirtualMfaDevice(new MfaDevice("alice", serial("a"), SEED, T0, -1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("unassigned virtual MFA device " + serial("a") + " names user alice", e.getMessage());
  }

  @Test
  void refusesASerialNumberHeldTwice() {
    UserBuilder alice = alice();
    alice.mfaDevices().add(new MfaDevice("alice", serial("a"), SEED, T0, -1));
    Account.Builder b = Account.builder(ID).putUser(alice.build())
        .putVirtualMfaDevice(MfaDevice.unassigned(serial("a"), SEED));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("MFA device " + serial("a") + " is both unassigned and enabled for user alice", e.getMessage());

    UserBuilder bob = new UserBuilder().name("bob").userId("AIDABOB").arn("arn:aws:iam::" + ID + ":user/bob")
        .createDate(T0);
    bob.mfaDevices().add(new MfaDevice("bob", serial("a"), SEED, T0, -1));
    Account.Builder twoUsers = Account.builder(ID).putUser(alice.build()).putUser(bob.build());
    e = assertThrows(IllegalArgumentException.class, twoUsers::build);
    assertEquals("MFA device " + serial("a") + " belongs to both alice and bob", e.getMessage());
  }
}
