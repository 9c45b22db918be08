package io.gatehouse.identity;

import io.gatehouse.Principal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signs users in with their console password (and MFA code when they have a device). The password
 * is compared with its salted slow hash in constant time; an unknown user costs the same work as a
 * known one, so timing does not tell which users exist.
 */
public final class PasswordAuthenticator {
  private final Supplier<Accounts> accounts;
  private final PasswordHasher hasher;
  private final MfaCodeChecker mfa;
  private final PasswordHash decoy;
  private final io.gatehouse.audit.ChangeEvents events;

  /** Creates an authenticator over the accounts, with the MFA checker that records used codes. */
  public PasswordAuthenticator(Supplier<Accounts> accounts, PasswordHasher hasher, MfaCodeChecker mfa) {
    this(accounts, hasher, mfa, io.gatehouse.audit.ChangeEvents.none());
  }

  /**
   * As {@link #PasswordAuthenticator(Supplier, PasswordHasher, MfaCodeChecker)}, recording every
   * sign-in, succeeded or failed, as a {@code ConsoleLogin} event.
   */
  public PasswordAuthenticator(Supplier<Accounts> accounts, PasswordHasher hasher, MfaCodeChecker mfa,
      io.gatehouse.audit.ChangeEvents events) {
    this.events = Objects.requireNonNull(events);
    this.accounts = Objects.requireNonNull(accounts);
    this.hasher = Objects.requireNonNull(hasher);
    this.mfa = Objects.requireNonNull(mfa);
    this.decoy = hasher.hash("gatehouse-decoy-password".toCharArray());
  }

  /** Why a sign-in failed. Deliberately coarse: it never says whether the user exists. */
  public enum Failure {
    /** Unknown user, no password set, or a wrong password. */
    BAD_CREDENTIALS,
    /** The user has an MFA device and no code was given. */
    MFA_REQUIRED,
    /** The MFA code was refused. */
    BAD_MFA_CODE
  }

  /** The outcome of a sign-in: the caller, or why it failed. */
  public record Result(Optional<Caller> caller, Failure failure) {
    /** True if the user is signed in. */
    public boolean succeeded() {
      return caller.isPresent();
    }
  }

  /**
   * Signs a user of an account in.
   *
   * @param accountId the user's account
   * @param mfaCode the TOTP code, or null if none was given
   */
  public Result signIn(String accountId, String userName, char[] password, String mfaCode) {
    return signIn(accountId, userName, password, mfaCode, io.gatehouse.audit.RequestInfo.none());
  }

  /**
   * Signs a user of an account in, recording the client's address and user agent with the {@code
   * ConsoleLogin} event.
   *
   * @param accountId the user's account
   * @param mfaCode the TOTP code, or null if none was given
   * @param info the sign-in request, for the audit trail
   */
  public Result signIn(String accountId, String userName, char[] password, String mfaCode,
      io.gatehouse.audit.RequestInfo info) {
    Objects.requireNonNull(info, "info");
    Result r = signInUnaudited(accountId, userName, password, mfaCode);
    String arn = "arn:aws:iam::" + accountId + ":user/" + userName;
    Caller who = r.caller().orElseGet(() -> {
      try {
        return Caller.asserted(Principal.fromArn(arn));
      } catch (IllegalArgumentException e) {
        return Caller.anonymous();
      }
    });
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("userName", userName);
    params.put("MFAUsed", mfaCode == null || mfaCode.isEmpty() ? "No" : "Yes");
    events.record(who, "signin.amazonaws.com", "ConsoleLogin", params, java.util.List.of(),
        r.succeeded() ? null : "Failed authentication",
        r.succeeded() ? null : "Failed authentication (" + r.failure().name().toLowerCase(java.util.Locale.ROOT) + ")",
        info);
    return r;
  }

  private Result signInUnaudited(String accountId, String userName, char[] password, String mfaCode) {
    User user = accounts.get().account(accountId).flatMap(a -> a.user(userName)).orElse(null);
    LoginProfile login = user == null ? null : user.loginProfile();
    PasswordHash stored = login == null ? decoy : PasswordHash.parse(login.passwordHash());
    boolean passwordOk = hasher.verify(password, stored) && login != null;
    if (!passwordOk) {
      return new Result(Optional.empty(), Failure.BAD_CREDENTIALS);
    }
    Principal principal = Principal.fromArn(user.arn());
    Instant mfaAt = null;
    if (!user.mfaDevices().isEmpty()) {
      if (mfaCode == null || mfaCode.isEmpty()) {
        return new Result(Optional.empty(), Failure.MFA_REQUIRED);
      }
      try {
        mfaAt = mfa.check(accountId, user.name(), null, mfaCode);
      } catch (MfaCodeChecker.MfaRefusedException e) {
        return new Result(Optional.empty(), Failure.BAD_MFA_CODE);
      }
    }
    return new Result(Optional.of(Caller.withPassword(principal, mfaAt)), null);
  }
}
