package io.gatehouse.iam;

import java.time.Instant;
import java.util.Optional;

/**
 * A virtual MFA device as {@code ListVirtualMFADevices} returns it (AWS's {@code VirtualMFADevice}
 * type, without the seed, which only {@code CreateVirtualMFADevice} returns).
 *
 * @param serialNumber the serial number (the device's ARN)
 * @param user the user it is enabled for, or null if unassigned
 * @param enableDate when it was enabled, or null if unassigned
 */
public record IamVirtualMfaDevice(String serialNumber, IamUser user, Instant enableDate) {
  /** The user the device is enabled for, if any. */
  public Optional<IamUser> assignedUser() {
    return Optional.ofNullable(user);
  }
}
