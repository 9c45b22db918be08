package io.gatehouse.iam;

import static io.gatehouse.iam.IamFixture.arn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.MfaCodeChecker;
import io.gatehouse.identity.MfaDevice;
import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MfaOperationsTest {
  private static final TotpVerifier TOTP = new TotpVerifier();

  private final IamFixture f = new IamFixture();
  private final IamService iam = f.iam;

  /** Creates a virtual device named after the user and enables it with two consecutive codes. */
  static NewVirtualMfaDevice enabledDevice(IamFixture f, String userName) {
    NewVirtualMfaDevice device = f.iam.createVirtualMFADevice(userName, null);
    Instant now = f.clock.instant();
    f.iam.enableMFADevice(userName, device.serialNumber(), code(device, now.minusSeconds(30)), code(device, now));
    return device;
  }

  static String code(NewVirtualMfaDevice device, Instant at) {
    return TOTP.codeAt(TotpSecret.fromBase32(device.base32StringSeed()), at);
  }

  @Test
  void createsAnUnassignedDeviceWithSeedAndOtpauthUri() {
    NewVirtualMfaDevice device = iam.createVirtualMFADevice("alice-phone", "/phones/");
    assertEquals(arn("mfa/phones/alice-phone"), device.serialNumber());
    assertEquals(32, device.base32StringSeed().length(), "a 160-bit seed");
    assertEquals("otpauth://totp/Gatehouse:alice-phone%40123456789012?secret=" + device.base32StringSeed()
        + "&issuer=Gatehouse&algorithm=SHA1&digits=6&period=30", device.otpauthUri());
    MfaDevice stored = f.account().virtualMfaDevice(device.serialNumber()).orElseThrow();
    assertFalse(stored.isAssigned());
    assertNull(stored.userName());
    assertNull(stored.enableDate());
    assertEquals(device.base32StringSeed(), stored.seedBase32());
    f.refused(() -> iam.createVirtualMFADevice("alice-phone", "/phones/"), "EntityAlreadyExists", 409,
        "MFADevice entity at the same path and name already exists.");
  }

  @Test
  void seedNeverAppearsInToStringOrListings() {
    NewVirtualMfaDevice device = iam.createVirtualMFADevice("phone", null);
    assertFalse(device.toString().contains(device.base32StringSeed()));
    assertEquals("NewVirtualMfaDevice[" + device.serialNumber() + "]", device.toString());
    assertFalse(f.account().virtualMfaDevices().toString().contains(device.base32StringSeed()));
    assertFalse(iam.listVirtualMFADevices(null, null, null).toString().contains(device.base32StringSeed()));
  }

  @Test
  void enablesWithTwoConsecutiveCodesAndMovesTheDeviceToTheUser() {
    iam.createUser("alice", null, null, null);
    NewVirtualMfaDevice device = iam.createVirtualMFADevice("alice", null);
    Instant now = f.clock.instant();
    iam.enableMFADevice("alice", device.serialNumber(), code(device, now.minusSeconds(30)), code(device, now));

    Account account = f.account();
    assertTrue(account.virtualMfaDevice(device.serialNumber()).isEmpty());
    MfaDevice enabled = account.user("alice").orElseThrow().mfaDevices().get(0);
    assertEquals("alice", enabled.userName());
    assertEquals(now, enabled.enableDate());
    assertEquals(TOTP.stepAt(now), enabled.lastUsedStep(), "the codes given cannot be used again");
    assertEquals(List.of(new IamMfaDevice("alice", device.serialNumber(), now)),
        iam.listMFADevices("alice", null, null).items());
  }

  @Test
  void acceptsCodesFromADeviceClockOneStepOff() {
    iam.createUser("alice", null, null, null);
    NewVirtualMfaDevice device = iam.createVirtualMFADevice("alice", null);
    Instant ahead = f.clock.instant().plusSeconds(30);
    iam.enableMFADevice("alice", device.serialNumber(), code(device, ahead.minusSeconds(30)), code(device, ahead));
    assertEquals(1, iam.listMFADevices("alice", null, null).items().size());
  }

  @Test
  void refusesCodesThatAreNotConsecutiveOrCurrent() {
    iam.createUser("alice", null, null, null);
    NewVirtualMfaDevice device = iam.createVirtualMFADevice("alice", null);
    Instant now = f.clock.instant();
    String serial = device.serialNumber();
    String invalid = "Authentication code for device is not valid.";
    f.refused(() -> iam.enableMFADevice("alice", serial, code(device, now), code(device, now)),
        "InvalidAuthenticationCode", 403, invalid);
    f.refused(() -> iam.enableMFADevice("alice", serial, code(device, now), code(device, now.minusSeconds(30))),
        "InvalidAuthenticationCode", 403, invalid);
    Instant old = now.minus(Duration.ofMinutes(5));
    f.refused(() -> iam.enableMFADevice("alice", serial, code(device, old.minusSeconds(30)), code(device, old)),
        "InvalidAuthenticationCode", 403, invalid);
    f.refused(() -> iam.enableMFADevice("alice", serial, "12345", code(device, now)), "ValidationError", 400,
        "1 validation error detected: Value at 'authenticationCode1' failed to satisfy constraint: "
            + "Member must have length 6 and satisfy regular expression pattern: [\\d]+");
    assertTrue(f.account().virtualMfaDevice(serial).isPresent());
  }

  @Test
  void refusesUnknownDevicesUsersAndDevicesInUse() {
    iam.createUser("alice", null, null, null);
    iam.createUser("bob", null, null, null);
    NewVirtualMfaDevice device = enabledDevice(f, "alice");
    Instant now = f.clock.instant();
    String c1 = code(device, now);
    String c2 = code(device, now.plusSeconds(30));
    f.refused(() -> iam.enableMFADevice("bob", device.serialNumber(), c1, c2), "EntityAlreadyExists", 409,
        "MFA device " + device.serialNumber() + " is already in use.");
    f.refused(() -> iam.enableMFADevice("bob", arn("mfa/none"), c1, c2), "NoSuchEntity", 404,
        "VirtualMFADevice with serial number " + arn("mfa/none") + " doesn't exist.");
    f.refused(() -> iam.enableMFADevice("carol", device.serialNumber(), c1, c2), "NoSuchEntity", 404,
        "The user with name carol cannot be found.");
  }

  @Test
  void refusesMoreDevicesThanTheQuota() {
    IamFixture small = new IamFixture(new IamQuotas(5000, 300, 1000, 1500, 10, 10, 1, 50, 2048, 5120, 10240, 6144,
        2048));
    small.iam.createUser("alice", null, null, null);
    enabledDevice(small, "alice");
    NewVirtualMfaDevice second = small.iam.createVirtualMFADevice("second", null);
    Instant now = small.clock.instant();
    small.refused(() -> small.iam.enableMFADevice("alice", second.serialNumber(), code(second, now.minusSeconds(30)),
        code(second, now)), "LimitExceeded", 409, "Cannot exceed quota for MFADevicesPerUser: 1");
  }

  @Test
  void enabledDeviceSignsInThroughTheCodeCheckerAndRefusesTheEnrolmentCodes() {
    iam.createUser("alice", null, null, null);
    NewVirtualMfaDevice device = enabledDevice(f, "alice");
    MfaCodeChecker checker = new MfaCodeChecker(f.store, f.clock);
    Instant now = f.clock.instant();
    MfaCodeChecker.MfaRefusedException reused = assertThrows(MfaCodeChecker.MfaRefusedException.class,
        () -> checker.check(IamFixture.ACCOUNT, "alice", device.serialNumber(), code(device, now)));
    assertEquals(MfaCodeChecker.Refusal.REUSED_CODE, reused.refusal());
    f.advance(Duration.ofSeconds(30));
    assertEquals(f.clock.instant(),
        checker.check(IamFixture.ACCOUNT, "alice", device.serialNumber(), code(device, f.clock.instant())));
  }

  @Test
  void listsVirtualDevicesByAssignmentStatus() {
    iam.createUser("alice", null, null, null);
    NewVirtualMfaDevice assigned = enabledDevice(f, "alice");
    NewVirtualMfaDevice spare = iam.createVirtualMFADevice("spare", null);
    IamPage<IamVirtualMfaDevice> any = iam.listVirtualMFADevices(null, null, null);
    assertEquals(List.of(assigned.serialNumber(), spare.serialNumber()),
        any.items().stream().map(IamVirtualMfaDevice::serialNumber).toList());
    assertEquals("alice", any.items().get(0).assignedUser().orElseThrow().userName());
    assertEquals(f.clock.instant(), any.items().get(0).enableDate());
    assertTrue(any.items().get(1).assignedUser().isEmpty());
    assertEquals(List.of(spare.serialNumber()), iam.listVirtualMFADevices("Unassigned", null, null).items().stream()
        .map(IamVirtualMfaDevice::serialNumber).toList());
    assertEquals(List.of(assigned.serialNumber()), iam.listVirtualMFADevices("Assigned", null, null).items().stream()
        .map(IamVirtualMfaDevice::serialNumber).toList());
    f.refused(() -> iam.listVirtualMFADevices("Some", null, null), "ValidationError", 400,
        "1 validation error detected: Value 'Some' at 'assignmentStatus' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [Assigned, Unassigned, Any]");
  }

  @Test
  void deactivatedDeviceReturnsToUnassignedAndCanBeDeleted() {
    iam.createUser("alice", null, null, null);
    NewVirtualMfaDevice device = enabledDevice(f, "alice");
    String serial = device.serialNumber();
    f.refused(() -> iam.deleteVirtualMFADevice(serial), "DeleteConflict", 409,
        "Cannot delete entity, must deactivate MFA device first.");
    f.refused(() -> iam.deactivateMFADevice("alice", arn("mfa/other")), "NoSuchEntity", 404,
        "MFA Device with serial number " + arn("mfa/other") + " does not exist for user alice.");

    iam.deactivateMFADevice("alice", serial);
    assertEquals(List.of(), iam.listMFADevices("alice", null, null).items());
    MfaDevice back = f.account().virtualMfaDevice(serial).orElseThrow();
    assertFalse(back.isAssigned());
    assertEquals(device.base32StringSeed(), back.seedBase32());

    iam.deleteVirtualMFADevice(serial);
    assertTrue(f.account().virtualMfaDevices().isEmpty());
    f.refused(() -> iam.deleteVirtualMFADevice(serial), "NoSuchEntity", 404,
        "VirtualMFADevice with serial number " + serial + " doesn't exist.");
  }
}
