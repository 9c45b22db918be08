package io.gatehouse.console.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a few failed sign-ins for the same user, or from the same
 * client address, further attempts are refused for a lockout window that doubles with every
 * failure, up to a maximum. A user's count is cleared by a successful sign-in; an address's is not
 * (a guesser may own one account), and every count is forgotten a maximum window after its last
 * failure. Thread-safe; memory is bounded by forgetting the oldest state first.
 */
public final class SignInThrottle {
  private static final int MAX_ENTRIES = 100_000;

  private final Clock clock;
  private final int freeFailures;
  private final Duration firstLockout;
  private final Duration maxLockout;
  private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

  private record Failures(int count, Instant last, Instant lockedUntil) {}

  /**
   * A throttle allowing {@code freeFailures} failures without delay, then locking for {@code
   * firstLockout}, doubling up to {@code maxLockout}.
   */
  public SignInThrottle(Clock clock, int freeFailures, Duration firstLockout, Duration maxLockout) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.freeFailures = freeFailures;
    this.firstLockout = Objects.requireNonNull(firstLockout, "firstLockout");
    this.maxLockout = Objects.requireNonNull(maxLockout, "maxLockout");
  }

  /** Five free failures, then 1 second doubling up to 15 minutes. */
  public static SignInThrottle standard(Clock clock) {
    return new SignInThrottle(clock, 5, Duration.ofSeconds(1), Duration.ofMinutes(15));
  }

  /** How long the caller must wait before trying this user from this address, if it must. */
  public Optional<Duration> retryAfter(String user, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : keys(user, address)) {
      Failures f = current(key, now);
      if (f != null && now.isBefore(f.lockedUntil())) {
        Duration left = Duration.between(now, f.lockedUntil());
        wait = left.compareTo(wait) > 0 ? left : wait;
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** Records a failed sign-in of the user from the address. */
  public void failed(String user, String address) {
    Instant now = clock.instant();
    if (byKey.size() >= MAX_ENTRIES) {
      byKey.values().removeIf(f -> current(f, now) == null);
    }
    for (String key : keys(user, address)) {
      byKey.compute(key, (k, old) -> {
        Failures f = current(old, now);
        int count = f == null ? 1 : f.count() + 1;
        Instant locked = count <= freeFailures ? now : now.plus(lockout(count - freeFailures));
        return new Failures(count, now, locked);
      });
    }
  }

  /** Records a successful sign-in: the user's failures are forgotten. */
  public void succeeded(String user) {
    byKey.remove("user:" + user);
  }

  private Duration lockout(int excess) {
    int shift = Math.min(excess - 1, 30);
    Duration d = firstLockout.multipliedBy(1L << shift);
    return d.compareTo(maxLockout) > 0 ? maxLockout : d;
  }

  private Failures current(String key, Instant now) {
    return current(byKey.get(key), now);
  }

  /** The failures, unless they are old enough to be forgotten. */
  private Failures current(Failures f, Instant now) {
    if (f == null || !now.isBefore(f.lockedUntil().plus(maxLockout))) {
      return null;
    }
    return f;
  }

  private static String[] keys(String user, String address) {
    return new String[] {"user:" + user, "address:" + address};
  }
}
