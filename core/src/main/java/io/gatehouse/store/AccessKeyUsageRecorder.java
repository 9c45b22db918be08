package io.gatehouse.store;

import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.User;
import io.gatehouse.identity.UserBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Records when a long-term access key last signed a request whose signature verified: the date,
 * and the service and region of the request's SigV4 credential scope, as {@code
 * GetAccessKeyLastUsed} answers them ({@code LastUsedDate}, {@code LastUsedServiceName} and {@code
 * LastUsedRegion} of the key in its account).
 *
 * <p><b>Approximate, as AWS's.</b> AWS records a key's use at most once per 15 minutes ("when an
 * access key is used more than once in a 15-minute span, only the first use is recorded", its
 * credential report documentation says), and so, by default, does this recorder: the first use of
 * a key after start is recorded at once, later ones only once the recorded one is at least {@link
 * #DEFAULT_INTERVAL} old. A recorded date is therefore at most one interval older than the key's
 * real last use. Temporary credentials ({@code ASIA...}) are not access keys of the account, and
 * their use is recorded against nothing, as in AWS; enforcement points pass only long-term keys.
 *
 * <p><b>Never in the way of a request.</b> {@link #recordUse} costs a {@link ConcurrentHashMap}
 * look-up when the key was recorded within the interval, which is nearly always; otherwise it
 * hands the use to one background thread and returns. That thread saves the uses of each account
 * as a new version ({@link AccountStore#save}), read again and retried when another writer changed
 * the account in between ({@link StaleVersionException}). A use it cannot save is logged (key id,
 * account and cause; never a secret) and dropped: a missed last-used date is not an authorization
 * decision. A key deleted meanwhile is not brought back, and a use older than the recorded one
 * does not replace it.
 *
 * <p>With a {@link FileAccountStore} each save rewrites the account file, as accepted MFA codes do:
 * at most once per key per interval (uses of several keys that come together are saved at once).
 *
 * <p>{@link #close()} writes what was handed over and stops the thread. Thread-safe.
 */
public final class AccessKeyUsageRecorder implements AutoCloseable {
  /** The recording interval unless another is given: AWS's 15 minutes. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

  private static final Logger LOG = LogManager.getLogger(AccessKeyUsageRecorder.class);
  /** Uses waiting for the writer beyond this are dropped (and recorded at the key's next use). */
  private static final int MAX_PENDING = 10_000;
  private static final int MAX_ATTEMPTS = 5;
  private static final long RETRY_PAUSE_MILLIS = 200;
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  private final AccountStore store;
  private final long intervalMillis;
  private final Clock clock;
  private final Map<String, Long> handedOver = new ConcurrentHashMap<>();
  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(MAX_PENDING);
  private final Thread writer;
  private volatile boolean closed;

  private AccessKeyUsageRecorder(AccountStore store, Duration interval, Clock clock) {
    this.store = store;
    this.intervalMillis = interval == null ? 0 : interval.toMillis();
    this.clock = clock;
    this.closed = store == null;
    if (store == null) {
      this.writer = null;
    } else {
      this.writer = new Thread(this::writeUntilClosed, "gatehouse-access-key-last-used");
      this.writer.setDaemon(true);
      this.writer.start();
    }
  }

  /**
   * Starts recording into a store, with its writer thread.
   *
   * @param interval how long after a recorded use the next use of the same key is recorded again;
   *     positive ({@link #DEFAULT_INTERVAL} as AWS does)
   * @param clock the time of the uses
   * @throws IllegalArgumentException if the interval is not positive
   */
  public static AccessKeyUsageRecorder start(AccountStore store, Duration interval, Clock clock) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the recording interval must be positive, not " + interval);
    }
    return new AccessKeyUsageRecorder(store, interval, clock);
  }

  /** A recorder that records nothing (recording turned off). */
  public static AccessKeyUsageRecorder off() {
    return new AccessKeyUsageRecorder(null, null, null);
  }

  /**
   * Notes that a long-term access key signed a request whose signature verified. Never blocks on
   * the store and never throws.
   *
   * @param accessKeyId the key ({@code AKIA...})
   * @param service the service of the request's credential scope
   * @param region the region of the request's credential scope
   */
  public void recordUse(String accessKeyId, String service, String region) {
    if (closed || accessKeyId == null) {
      return;
    }
    long now = clock.millis();
    Long last = handedOver.get(accessKeyId);
    if (last != null && now - last < intervalMillis) {
      return;
    }
    // Of many threads seeing the same stale entry, only the one that swaps it hands the use over.
    boolean mine = last == null ? handedOver.putIfAbsent(accessKeyId, now) == null
        : handedOver.replace(accessKeyId, last, now);
    if (mine && !queue.offer(new Use(accessKeyId, service, region, Instant.ofEpochMilli(now)))) {
      handedOver.remove(accessKeyId, now);
    }
  }

  /**
   * Waits until every use handed over before this call is saved or given up.
   *
   * @return false if that did not happen within {@code timeout} (or the recorder is closed)
   */
  public boolean flush(Duration timeout) {
    if (closed) {
      return false;
    }
    CountDownLatch done = new CountDownLatch(1);
    try {
      return queue.offer(done, timeout.toMillis(), TimeUnit.MILLISECONDS)
          && done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Saves the uses handed over so far (waiting up to ten seconds) and stops the writer thread. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    CountDownLatch stop = new CountDownLatch(1);
    try {
      queue.put(new Stop(stop));
      if (!stop.await(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("access key last use: uses not yet saved after {}; left unsaved", CLOSE_WAIT);
        writer.interrupt();
      }
    } catch (InterruptedException e) {
      writer.interrupt();
      Thread.currentThread().interrupt();
    }
  }

  private void writeUntilClosed() {
    List<Object> batch = new ArrayList<>();
    try {
      while (true) {
        batch.add(queue.take());
        queue.drainTo(batch);
        List<Use> uses = new ArrayList<>();
        for (Object item : batch) {
          if (item instanceof Use u) {
            uses.add(u);
            continue;
          }
          save(uses);
          uses.clear();
          if (item instanceof CountDownLatch flushed) {
            flushed.countDown();
          } else if (item instanceof Stop stop) {
            stop.done().countDown();
            return;
          }
        }
        save(uses);
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Saves uses, one new version per account. */
  private void save(List<Use> uses) throws InterruptedException {
    if (uses.isEmpty()) {
      return;
    }
    Map<String, List<Use>> byAccount = new LinkedHashMap<>();
    Accounts snapshot = store.snapshot();
    for (Use u : uses) {
      snapshot.accountOfAccessKey(u.accessKeyId())
          .ifPresent(a -> byAccount.computeIfAbsent(a.accountId(), id -> new ArrayList<>()).add(u));
    }
    for (Map.Entry<String, List<Use>> e : byAccount.entrySet()) {
      saveInAccount(e.getKey(), e.getValue());
    }
  }

  private void saveInAccount(String accountId, List<Use> uses) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        Account current = store.snapshot().account(accountId).orElse(null);
        Account next = current == null ? null : withUses(current, uses);
        if (next != null) {
          store.save(next);
        }
        return;
      } catch (StaleVersionException e) {
        if (attempt == MAX_ATTEMPTS) {
          failed(accountId, uses, "the account kept changing (" + MAX_ATTEMPTS + " attempts)", e);
          return;
        }
        // Another writer (an edit on disk, another instance) changed the account: wait for the
        // store to read it, then apply the uses to that version.
        Thread.sleep(RETRY_PAUSE_MILLIS * attempt);
      } catch (NoSuchElementException e) {
        return;
      } catch (RuntimeException e) {
        failed(accountId, uses, "the store could not save it", e);
        return;
      }
    }
  }

  /** The account with the uses applied, or null if none changes it. */
  private static Account withUses(Account current, List<Use> uses) {
    Account.Builder b = null;
    for (Use u : uses) {
      AccessKey key = current.accessKey(u.accessKeyId()).orElse(null);
      // A key deleted since its use stays deleted; an older use never replaces a newer one.
      if (key == null || (key.lastUsedDate() != null && !u.at().isAfter(key.lastUsedDate()))) {
        continue;
      }
      if (b == null) {
        b = current.toBuilder();
      }
      User user = b.users().stream().filter(x -> x.name().equals(key.userName())).findFirst().orElse(null);
      if (user == null) {
        continue;
      }
      UserBuilder ub = user.toBuilder();
      ub.accessKeys().replaceAll(k -> k.accessKeyId().equals(u.accessKeyId())
          ? k.withLastUse(u.at(), u.service(), u.region()) : k);
      b.putUser(ub.build());
    }
    return b == null ? null : b.build();
  }

  private static void failed(String accountId, List<Use> uses, String why, RuntimeException cause) {
    List<String> keys = uses.stream().map(Use::accessKeyId).toList();
    // Messages of store exceptions name files and versions, never secrets.
    // The keys' next uses are recorded one interval later, as if this one had been saved, so that
    // a failing store is not asked again at every request.
    LOG.warn("access key last use of {} in account {} not saved: {}: {}", keys, accountId, why,
        cause.getClass().getSimpleName() + ": " + cause.getMessage());
  }

  private record Use(String accessKeyId, String service, String region, Instant at) {}

  private record Stop(CountDownLatch done) {}
}
