package io.gatehouse.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A virtual MFA device (TOTP, RFC 6238) enabled for a user. {@link #toString()} never shows the
 * seed.
 *
 * @param userName the owner
 * @param serialNumber the device ARN, {@code arn:aws:iam::ACCOUNT:mfa/NAME}
 * @param seedBase32 the shared TOTP seed, base-32
 * @param enableDate when the device was enabled
 * @param lastUsedStep the 30-second time step of the last code accepted (codes at or before it are
 *     refused as reused), -1 if none yet
 */
public record MfaDevice(String userName, String serialNumber, String seedBase32, Instant enableDate, long lastUsedStep) {
  /** Creates a device record. */
  public MfaDevice {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(seedBase32, "seedBase32");
    Objects.requireNonNull(enableDate, "enableDate");
  }

  /** The same device after a code of the given step was accepted. */
  public MfaDevice withLastUsedStep(long step) {
    return new MfaDevice(userName, serialNumber, seedBase32, enableDate, step);
  }

  @Override
  public String toString() {
    return "MfaDevice[" + serialNumber + ", " + userName + "]";
  }
}
