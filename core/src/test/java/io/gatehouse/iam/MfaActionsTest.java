package io.gatehouse.iam;

import static io.gatehouse.iam.ActionFixture.keys;
import static io.gatehouse.iam.ActionFixture.list;
import static io.gatehouse.iam.ActionFixture.map;
import static io.gatehouse.iam.IamFixture.arn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MfaActionsTest {
  private static final TotpVerifier TOTP = new TotpVerifier();
  private final ActionFixture a = new ActionFixture();

  @Test
  void createsADeviceWhoseSeedIsReturnedOnceAsAwsBinaryData() {
    Map<String, Object> device = map(a.call("CreateVirtualMFADevice", "VirtualMFADeviceName", "alice-phone",
        "Path", "/phones/").get("VirtualMFADevice"));
    assertEquals(List.of("SerialNumber", "Base32StringSeed"), keys(device));
    assertEquals(arn("mfa/phones/alice-phone"), device.get("SerialNumber"));
    String seed = new String(Base64.getDecoder().decode((String) device.get("Base32StringSeed")),
        StandardCharsets.US_ASCII);
    assertEquals(32, seed.length());
    assertEquals(seed, a.f.account().virtualMfaDevice(arn("mfa/phones/alice-phone")).orElseThrow().seedBase32());

    Map<String, Object> listed = a.call("ListVirtualMFADevices");
    assertEquals(List.of("VirtualMFADevices", "IsTruncated"), keys(listed));
    assertEquals(List.of(Map.of("SerialNumber", arn("mfa/phones/alice-phone"))), listed.get("VirtualMFADevices"));
    assertFalse(listed.toString().contains(seed));
  }

  @Test
  void enablesListsDeactivatesAndDeletes() {
    a.call("CreateUser", "UserName", "alice");
    String encoded = (String) map(a.call("CreateVirtualMFADevice", "VirtualMFADeviceName", "alice")
        .get("VirtualMFADevice")).get("Base32StringSeed");
    TotpSecret seed = TotpSecret.fromBase32(new String(Base64.getDecoder().decode(encoded), StandardCharsets.US_ASCII));
    Instant now = a.f.clock.instant();
    String serial = arn("mfa/alice");
    a.refused("InvalidAuthenticationCode", null, "EnableMFADevice", "UserName", "alice", "SerialNumber", serial,
        "AuthenticationCode1", "000000", "AuthenticationCode2", "000001");
    assertEquals(Map.of(), a.call("EnableMFADevice", "UserName", "alice", "SerialNumber", serial,
        "AuthenticationCode1", TOTP.codeAt(seed, now.minusSeconds(30)), "AuthenticationCode2",
        TOTP.codeAt(seed, now)));

    Map<String, Object> devices = a.call("ListMFADevices", "UserName", "alice");
    assertEquals(List.of("MFADevices", "IsTruncated"), keys(devices));
    assertEquals(List.of("UserName", "SerialNumber", "EnableDate"), keys(list(devices.get("MFADevices")).get(0)));
    Map<String, Object> assigned = map(list(a.call("ListVirtualMFADevices", "AssignmentStatus", "Assigned")
        .get("VirtualMFADevices")).get(0));
    assertEquals(List.of("SerialNumber", "User", "EnableDate"), keys(assigned));
    assertEquals("alice", map(assigned.get("User")).get("UserName"));

    a.refused("DeleteConflict", null, "DeleteVirtualMFADevice", "SerialNumber", serial);
    a.call("DeactivateMFADevice", "UserName", "alice", "SerialNumber", serial);
    assertEquals(List.of(), a.call("ListMFADevices", "UserName", "alice").get("MFADevices"));
    a.call("DeleteVirtualMFADevice", "SerialNumber", serial);
    assertEquals(List.of(), a.call("ListVirtualMFADevices").get("VirtualMFADevices"));
    a.refused("ValidationError", "1 validation error detected: Value null at 'authenticationCode2' failed to "
        + "satisfy constraint: Member must not be null", "EnableMFADevice", "UserName", "alice",
        "SerialNumber", serial, "AuthenticationCode1", "123456");
  }
}
