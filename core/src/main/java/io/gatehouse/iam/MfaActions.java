package io.gatehouse.iam;

import static io.gatehouse.iam.IamParameter.optional;
import static io.gatehouse.iam.IamParameter.required;
import static io.gatehouse.iam.ResponseElements.page;
import static io.gatehouse.iam.ResponseElements.result;

import io.gatehouse.iam.IamParameter.Type;

/** Virtual MFA devices. Only {@code CreateVirtualMFADevice}'s result carries a seed. */
final class MfaActions {
  private MfaActions() {}

  static void addTo(ActionTable t) {
    t.withResult("CreateVirtualMFADevice", "Creates a virtual MFA device; the only time its seed is returned.",
        (iam, r) -> result("VirtualMFADevice", ResponseElements.newVirtualMfaDevice(
            iam.createVirtualMFADevice(r.string("VirtualMFADeviceName"), r.string("Path")))),
        optional("Path"), required("VirtualMFADeviceName"));
    t.withoutResult("EnableMFADevice", "Assigns a virtual MFA device to a user, given two consecutive codes.",
        (iam, r) -> iam.enableMFADevice(r.string("UserName"), r.string("SerialNumber"), r.string("AuthenticationCode1"),
            r.string("AuthenticationCode2")),
        required("UserName"), required("SerialNumber"), required("AuthenticationCode1"),
        required("AuthenticationCode2"));
    t.withResult("ListMFADevices", "Lists the MFA devices enabled for a user.",
        (iam, r) -> page("MFADevices",
            iam.listMFADevices(r.string("UserName"), r.string("Marker"), r.integer("MaxItems")),
            ResponseElements::mfaDevice),
        required("UserName"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    t.withResult("ListVirtualMFADevices",
        "Lists virtual MFA devices (AssignmentStatus Assigned, Unassigned or Any).",
        (iam, r) -> page("VirtualMFADevices",
            iam.listVirtualMFADevices(r.string("AssignmentStatus"), r.string("Marker"), r.integer("MaxItems")),
            ResponseElements::virtualMfaDevice),
        optional("AssignmentStatus"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    t.withoutResult("DeactivateMFADevice", "Takes an MFA device from a user; the device stays, unassigned.",
        (iam, r) -> iam.deactivateMFADevice(r.string("UserName"), r.string("SerialNumber")),
        required("UserName"), required("SerialNumber"));
    t.withoutResult("DeleteVirtualMFADevice", "Deletes a virtual MFA device that is not enabled for a user.",
        (iam, r) -> iam.deleteVirtualMFADevice(r.string("SerialNumber")),
        required("SerialNumber"));
  }
}
