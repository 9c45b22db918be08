package io.gatehouse.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks MFA codes from authenticator apps: TOTP (RFC 6238) over HOTP (RFC 4226) with HMAC-SHA1,
 * six digits and 30-second steps counted from the Unix epoch, the parameters AWS's virtual MFA
 * devices use.
 *
 * <p>A code is accepted for the current step or one step before or after it, to allow for clock
 * drift between the device and the server, and only once: a code whose step is not after the last
 * step used for the same device is refused, so a code seen by an eavesdropper cannot be replayed.
 * Stateless and thread-safe; the caller keeps the last used step per device.
 */
public final class TotpVerifier {
  /** The number of digits in a code. */
  public static final int DIGITS = 6;

  /** The length of a time step in seconds. */
  public static final long STEP_SECONDS = 30;

  /** How many steps either side of the current one a code may belong to. */
  public static final int WINDOW_STEPS = 1;

  /** The {@code lastUsedStep} to pass for a device that has never had a code accepted. */
  public static final long NO_STEP_USED = Long.MIN_VALUE;

  private static final int MODULUS = 1_000_000;
  private static final String HMAC = "HmacSHA1";

  /** Creates a verifier. */
  public TotpVerifier() {}

  /**
   * Checks a code.
   *
   * @param secret the device's seed
   * @param code what the user typed; must be exactly six ASCII digits
   * @param now the current time
   * @param lastUsedStep the step of the last code accepted for this device, or {@link
   *     #NO_STEP_USED}
   * @return {@link TotpVerification.Outcome#ACCEPTED} with the matched step, or the reason for
   *     refusing ({@code MALFORMED}, {@code WRONG_CODE}, {@code REUSED_CODE}); never null
   * @throws NullPointerException if {@code secret} or {@code now} is null
   */
  public TotpVerification verify(TotpSecret secret, String code, Instant now, long lastUsedStep) {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(now, "now");
    if (!isSixDigits(code)) {
      return TotpVerification.malformed();
    }
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long current = stepAt(now);
    Mac mac = hmac(secret);
    // Every step in the window is computed and compared, so the time taken does not depend on
    // which step (if any) matched; the latest matching step wins.
    boolean found = false;
    long matched = 0;
    for (long step = current - WINDOW_STEPS; step <= current + WINDOW_STEPS; step++) {
      byte[] expected = code(mac, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, given)) {
        found = true;
        matched = step;
      }
    }
    if (!found) {
      return TotpVerification.wrongCode();
    }
    return matched > lastUsedStep
        ? TotpVerification.accepted(matched)
        : TotpVerification.reused(matched);
  }

  /** The six-digit code for the step that contains {@code time}, for tests and tools. */
  public String codeAt(TotpSecret secret, Instant time) {
    Objects.requireNonNull(secret, "secret");
    return code(hmac(secret), stepAt(time));
  }

  /** The time step that contains {@code time}: whole 30-second periods since the Unix epoch. */
  public long stepAt(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
  }

  /**
   * The {@code otpauth://} URI that authenticator apps read from a QR code to enrol a device (the
   * Key URI Format that Google Authenticator defined): {@code
   * otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER&algorithm=SHA1&digits=6&period=30},
   * the issuer and account name percent-encoded as UTF-8 (a space as {@code %20}).
   *
   * <p>The URI contains the seed: show it to the user once, never log or store it.
   *
   * @param issuer who the account belongs to, shown by the app, e.g. {@code Gatehouse}
   * @param accountName the account, e.g. a user name or ARN
   * @param secret the device's seed
   * @throws IllegalArgumentException if the issuer or account name is blank or contains a colon,
   *     which the format reserves as their separator
   */
  public static String otpauthUri(String issuer, String accountName, TotpSecret secret) {
    String encodedIssuer = UriComponent.encode(checkLabelPart("issuer", issuer));
    String encodedAccount = UriComponent.encode(checkLabelPart("account name", accountName));
    return "otpauth://totp/"
        + encodedIssuer
        + ':'
        + encodedAccount
        + "?secret="
        + Objects.requireNonNull(secret, "secret").base32()
        + "&issuer="
        + encodedIssuer
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP_SECONDS;
  }

  /** Holds no state; shows its parameters. */
  @Override
  public String toString() {
    return "TotpVerifier[SHA1, "
        + DIGITS
        + " digits, "
        + STEP_SECONDS
        + "s steps, window ±"
        + WINDOW_STEPS
        + "]";
  }

  private static boolean isSixDigits(String code) {
    if (code == null || code.length() != DIGITS) {
      return false;
    }
    for (int i = 0; i < DIGITS; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Mac hmac(TotpSecret secret) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret.seed(), HMAC));
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java SE runtime provides HmacSHA1.
      throw new IllegalStateException(HMAC + " is not available", e);
    }
  }

  /** HOTP (RFC 4226, section 5.3): HMAC of the 8-byte counter, dynamic truncation, modulo 10^6. */
  private static String code(Mac mac, long counter) {
    byte[] message = new byte[8];
    for (int i = 7; i >= 0; i--) {
      message[i] = (byte) counter;
      counter >>>= 8;
    }
    byte[] hash = mac.doFinal(message);
    int offset = hash[hash.length - 1] & 0x0F;
    int binary =
        ((hash[offset] & 0x7F) << 24)
            | ((hash[offset + 1] & 0xFF) << 16)
            | ((hash[offset + 2] & 0xFF) << 8)
            | (hash[offset + 3] & 0xFF);
    Arrays.fill(hash, (byte) 0);
    String digits = Integer.toString(binary % MODULUS);
    return "0".repeat(DIGITS - digits.length()) + digits;
  }

  private static String checkLabelPart(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException("the " + what + " is blank");
    }
    if (value.indexOf(':') >= 0) {
      throw new IllegalArgumentException(
          "the " + what + " must not contain ':', which separates issuer and account name");
    }
    return value;
  }
}
