package io.gatehouse.iam;

import io.gatehouse.identity.MfaDevice;
import java.time.Instant;

/**
 * An MFA device enabled for a user, as {@code ListMFADevices} returns it (AWS's {@code MFADevice}).
 *
 * @param userName the user
 * @param serialNumber the device's serial number (its ARN)
 * @param enableDate when it was enabled
 */
public record IamMfaDevice(String userName, String serialNumber, Instant enableDate) {
  static IamMfaDevice of(MfaDevice d) {
    return new IamMfaDevice(d.userName(), d.serialNumber(), d.enableDate());
  }
}
