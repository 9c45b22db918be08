package io.gatehouse.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.PasswordPolicy;
import io.gatehouse.store.InMemoryAccountStore;
import io.gatehouse.testing.SettableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.function.Executable;

/** An {@link IamService} over an in-memory store holding one empty account, with a settable clock. */
final class IamFixture {
  static final String ACCOUNT = "123456789012";
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  final SettableClock clock = new SettableClock(T0);
  final InMemoryAccountStore store = new InMemoryAccountStore(Accounts.of(Account.builder(ACCOUNT).build()));
  final IamService iam;

  IamFixture() {
    this(IamQuotas.defaults(), PasswordPolicy.defaults());
  }

  IamFixture(IamQuotas quotas) {
    this(quotas, PasswordPolicy.defaults());
  }

  IamFixture(PasswordPolicy passwordPolicy) {
    this(IamQuotas.defaults(), passwordPolicy);
  }

  IamFixture(IamQuotas quotas, PasswordPolicy passwordPolicy) {
    SecureRandom random = new SecureRandom();
    // A low iteration count keeps the tests fast; production uses PasswordHasher's default.
    iam = new IamService(store, ACCOUNT, clock, random, new PasswordHasher(1000, random), passwordPolicy, quotas);
  }

  /** The account as stored now. */
  Account account() {
    return store.snapshot().account(ACCOUNT).orElseThrow();
  }

  void advance(Duration d) {
    clock.advance(d);
  }

  /** {@code arn:aws:iam::123456789012:RESOURCE}. */
  static String arn(String resource) {
    return "arn:aws:iam::" + ACCOUNT + ":" + resource;
  }

  /** An identity-based policy allowing {@code action} on {@code resource}. */
  static String allow(String action, String resource) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"" + action
        + "\",\"Resource\":\"" + resource + "\"}]}";
  }

  /** A trust policy letting {@code principal} (an AWS principal) assume the role. */
  static String trust(String principal) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
        + principal + "\"},\"Action\":\"sts:AssumeRole\"}]}";
  }

  /** Asserts that {@code call} is refused with this code, HTTP status and message; changes nothing. */
  IamException refused(Executable call, String code, int status, String message) {
    long version = account().version();
    IamException e = assertThrows(IamException.class, call);
    assertEquals(code, e.code(), e::toString);
    assertEquals(status, e.httpStatus(), e::toString);
    if (message != null) {
      assertEquals(message, e.getMessage());
    }
    assertEquals(version, account().version(), "a refused request must not change the account");
    return e;
  }
}
