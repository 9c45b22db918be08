package io.gatehouse.iam;

import java.util.Objects;

/**
 * A newly created virtual MFA device with its seed, as {@code CreateVirtualMFADevice} returns it.
 * This is the only time the seed is handed out: show it (or the {@code otpauth://} URI, as a QR code)
 * to the user who enrols the device, and do not keep or log it. {@link #toString()} shows neither.
 *
 * @param serialNumber the serial number, {@code arn:aws:iam::ACCOUNT:mfa/PATH/NAME}
 * @param base32StringSeed the TOTP seed in base32 (AWS's {@code Base32StringSeed})
 * @param otpauthUri the {@code otpauth://totp/...} URI that authenticator apps read
 */
public record NewVirtualMfaDevice(String serialNumber, String base32StringSeed, String otpauthUri) {
  /** Creates the record. */
  public NewVirtualMfaDevice {
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(base32StringSeed, "base32StringSeed");
    Objects.requireNonNull(otpauthUri, "otpauthUri");
  }

  @Override
  public String toString() {
    return "NewVirtualMfaDevice[" + serialNumber + "]";
  }
}
