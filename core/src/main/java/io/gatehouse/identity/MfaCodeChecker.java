package io.gatehouse.identity;

import io.gatehouse.store.AccountStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Checks a user's MFA code (TOTP) against the device with the given serial number and records the
 * code's time step, so that the same code is refused if presented again. The record is saved in
 * the account store before the code counts.
 */
public final class MfaCodeChecker {
  private final AccountStore store;
  private final TotpVerifier totp = new TotpVerifier();
  private final Clock clock;

  /** Creates a checker that records used codes in the store. */
  public MfaCodeChecker(AccountStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Why a code was refused. */
  public enum Refusal {
    /** The user has no MFA device with that serial number. */
    NO_SUCH_DEVICE,
    /** The code is not the device's current code. */
    WRONG_CODE,
    /** The code was accepted before. */
    REUSED_CODE,
    /** The code is not six digits. */
    MALFORMED
  }

  /** A refused MFA code; the message never contains the code. */
  public static final class MfaRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Refusal refusal;

    MfaRefusedException(Refusal refusal) {
      super("MultiFactorAuthentication failed with invalid MFA one time pass code ("
          + refusal.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
      this.refusal = refusal;
    }

    /** Why the code was refused. */
    public Refusal refusal() {
      return refusal;
    }
  }

  /**
   * Verifies a code of the user's device; when it is accepted, records its time step.
   *
   * @param serialNumber the device serial number (its ARN); null to use the user's only device
   * @return when MFA was authenticated (now)
   * @throws MfaRefusedException if the code is refused
   */
  public Instant check(String accountId, String userName, String serialNumber, String code) {
    Instant now = clock.instant();
    Instant[] accepted = new Instant[1];
    store.update(accountId, account -> {
      User user = account.user(userName).orElseThrow(() -> new MfaRefusedException(Refusal.NO_SUCH_DEVICE));
      MfaDevice device = device(user.mfaDevices(), serialNumber);
      TotpVerification v = totp.verify(TotpSecret.fromBase32(device.seedBase32()), code, now,
          device.lastUsedStep());
      switch (v.outcome()) {
        case ACCEPTED:
          break;
        case REUSED_CODE:
          throw new MfaRefusedException(Refusal.REUSED_CODE);
        case MALFORMED:
          throw new MfaRefusedException(Refusal.MALFORMED);
        default:
          throw new MfaRefusedException(Refusal.WRONG_CODE);
      }
      UserBuilder b = user.toBuilder();
      b.mfaDevices().replaceAll(d -> d == device ? d.withLastUsedStep(v.matchedStep().getAsLong()) : d);
      accepted[0] = now;
      return account.toBuilder().putUser(b.build()).build();
    });
    return accepted[0];
  }

  /** True if the user has an MFA device. */
  public static boolean hasDevice(User user) {
    return !user.mfaDevices().isEmpty();
  }

  private static MfaDevice device(List<MfaDevice> devices, String serialNumber) {
    for (MfaDevice d : devices) {
      if (serialNumber == null || d.serialNumber().equals(serialNumber)) {
        return d;
      }
    }
    throw new MfaRefusedException(Refusal.NO_SUCH_DEVICE);
  }
}
