package io.gatehouse.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A virtual MFA device (TOTP, RFC 6238). {@link #toString()} never shows the seed.
 *
 * <p>A device enabled for a user sits in that user's {@link User#mfaDevices()} and names the user
 * and the time it was enabled. A virtual device that has been created but not enabled for any user
 * (IAM's {@code CreateVirtualMFADevice} before {@code EnableMFADevice}, or after {@code
 * DeactivateMFADevice}) sits in {@link Account#virtualMfaDevices()}; it has no user and no enable
 * date, so {@code userName} and {@code enableDate} are null exactly for such a device.
 *
 * @param userName the owner, or null for a device not assigned to any user
 * @param serialNumber the device ARN, {@code arn:aws:iam::ACCOUNT:mfa/PATH/NAME}
 * @param seedBase32 the shared TOTP seed, base-32
 * @param enableDate when the device was enabled for its user, or null if it is not assigned
 * @param lastUsedStep the 30-second time step of the last code accepted (codes at or before it are
 *     refused as reused), -1 if none yet
 */
public record MfaDevice(String userName, String serialNumber, String seedBase32, Instant enableDate, long lastUsedStep) {
  /**
   * Creates a device record.
   *
   * @throws NullPointerException if the serial number or seed is null
   * @throws IllegalArgumentException if exactly one of {@code userName} and {@code enableDate} is
   *     null: an assigned device has both, an unassigned one neither
   */
  public MfaDevice {
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(seedBase32, "seedBase32");
    if ((userName == null) != (enableDate == null)) {
      throw new IllegalArgumentException(
          "MFA device " + serialNumber + " must have both a user and an enable date, or neither");
    }
  }

  /** A new virtual device that is not yet assigned to any user. */
  public static MfaDevice unassigned(String serialNumber, String seedBase32) {
    return new MfaDevice(null, serialNumber, seedBase32, null, -1);
  }

  /** True if the device is enabled for a user. */
  public boolean isAssigned() {
    return userName != null;
  }

  /** The same device enabled for {@code user} at {@code enabledAt}, with its last used step. */
  public MfaDevice assignedTo(String user, Instant enabledAt, long step) {
    return new MfaDevice(
        Objects.requireNonNull(user, "user"),
        serialNumber,
        seedBase32,
        Objects.requireNonNull(enabledAt, "enabledAt"),
        step);
  }

  /** The same device taken from its user: no user, no enable date, no used step. */
  public MfaDevice unassign() {
    return unassigned(serialNumber, seedBase32);
  }

  /** The same device after a code of the given step was accepted. */
  public MfaDevice withLastUsedStep(long step) {
    return new MfaDevice(userName, serialNumber, seedBase32, enableDate, step);
  }

  @Override
  public String toString() {
    return "MfaDevice[" + serialNumber + ", " + (userName == null ? "unassigned" : userName) + "]";
  }
}
