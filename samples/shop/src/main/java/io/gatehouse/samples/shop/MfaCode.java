package io.gatehouse.samples.shop;

import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import java.time.Instant;

/**
 * Prints the current code of a virtual MFA device from its Base32 seed, as an authenticator app
 * would: {@code MfaCode SEED}. For trying the demo's MFA-gated refund without a phone.
 */
public final class MfaCode {
  private MfaCode() {}

  /** Prints the code for the current 30-second step. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: MfaCode BASE32_SEED");
      System.exit(2);
    }
    System.out.println(new TotpVerifier().codeAt(TotpSecret.fromBase32(args[0]), Instant.now()));
  }
}
