package io.gatehouse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.User;
import io.gatehouse.identity.UserBuilder;
import io.gatehouse.testing.SettableClock;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessKeyUsageRecorderTest {
  private static final String ACCOUNT = "123456789012";
  private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final SettableClock clock = new SettableClock(T0);
  private final CountingStore store = new CountingStore(new InMemoryAccountStore(Accounts.of(account())));
  private AccessKeyUsageRecorder recorder = AccessKeyUsageRecorder.start(store, Duration.ofMinutes(15), clock);

  @AfterEach
  void closeRecorder() {
    recorder.close();
  }

  @Test
  void recordsTheFirstUseAtOnceWithServiceAndRegion() {
    recorder.recordUse("AKIAALICE00000000001", "shop", "eu-west-1");
    assertTrue(recorder.flush(WAIT));
    AccessKey key = key("AKIAALICE00000000001");
    assertEquals(T0, key.lastUsedDate());
    assertEquals("shop", key.lastUsedService());
    assertEquals("eu-west-1", key.lastUsedRegion());
    assertNull(key("AKIAALICE00000000002").lastUsedDate(), "the other key was not used");
    assertEquals(1, store.saves.get());
  }

  @Test
  void recordsAgainOnlyOnceTheRecordedUseIsAnIntervalOld() {
    recorder.recordUse("AKIAALICE00000000001", "shop", "us-east-1");
    clock.advance(Duration.ofMinutes(14));
    recorder.recordUse("AKIAALICE00000000001", "billing", "us-east-1");
    assertTrue(recorder.flush(WAIT));
    assertEquals(1, store.saves.get());
    assertEquals("shop", key("AKIAALICE00000000001").lastUsedService());

    clock.advance(Duration.ofMinutes(1));
    recorder.recordUse("AKIAALICE00000000001", "billing", "eu-west-1");
    assertTrue(recorder.flush(WAIT));
    assertEquals(2, store.saves.get());
    AccessKey key = key("AKIAALICE00000000001");
    assertEquals(T0.plus(Duration.ofMinutes(15)), key.lastUsedDate());
    assertEquals("billing", key.lastUsedService());
    assertEquals("eu-west-1", key.lastUsedRegion());
  }

  @Test
  void manyThreadsUsingOneKeyCauseOneWrite() throws Exception {
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> started = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        for (int n = 0; n < 1000; n++) {
          recorder.recordUse("AKIAALICE00000000001", "shop", "us-east-1");
          recorder.recordUse("AKIAALICE00000000002", "shop", "us-east-1");
        }
      });
      t.start();
      started.add(t);
    }
    start.countDown();
    for (Thread t : started) {
      t.join();
    }
    assertTrue(recorder.flush(WAIT));
    assertTrue(store.saves.get() <= 2, "at most one write per key, was " + store.saves.get());
    assertEquals(T0, key("AKIAALICE00000000001").lastUsedDate());
    assertEquals(T0, key("AKIAALICE00000000002").lastUsedDate());
  }

  @Test
  void aKeyDeletedBeforeTheWriteIsNotBroughtBack() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    store.beforeUpdate = () -> await(release);
    // The first write waits in the store; the key is deleted meanwhile through the store itself.
    recorder.recordUse("AKIAALICE00000000002", "shop", "us-east-1");
    Thread.sleep(100);
    store.beforeUpdate = () -> { };
    recorder.recordUse("AKIAALICE00000000001", "shop", "us-east-1");
    store.delegate.update(ACCOUNT, a -> withoutKey(a, "AKIAALICE00000000001"));
    release.countDown();
    assertTrue(recorder.flush(WAIT));
    Account a = store.snapshot().account(ACCOUNT).orElseThrow();
    assertTrue(a.accessKey("AKIAALICE00000000001").isEmpty());
    assertEquals(T0, a.accessKey("AKIAALICE00000000002").orElseThrow().lastUsedDate());
  }

  @Test
  void anOlderUseDoesNotReplaceANewerRecordedOne() {
    Instant later = T0.plus(Duration.ofDays(1));
    store.delegate.update(ACCOUNT, a -> withKey(a, "AKIAALICE00000000001",
        k -> k.withLastUse(later, "billing", "ap-south-1")));
    recorder.recordUse("AKIAALICE00000000001", "shop", "us-east-1");
    assertTrue(recorder.flush(WAIT));
    assertEquals(0, store.saves.get());
    assertEquals("billing", key("AKIAALICE00000000001").lastUsedService());
  }

  @Test
  void aStaleVersionIsReadAgainAndRetried() {
    AtomicInteger interferences = new AtomicInteger();
    // Another writer changes the account between the recorder's read and its save, once.
    store.beforeUpdate = () -> {
      if (interferences.getAndIncrement() == 0) {
        store.delegate.update(ACCOUNT, a -> a.toBuilder().alias("renamed").build());
      }
    };
    recorder.recordUse("AKIAALICE00000000001", "shop", "us-east-1");
    assertTrue(recorder.flush(WAIT));
    Account a = store.snapshot().account(ACCOUNT).orElseThrow();
    assertEquals("renamed", a.alias(), "the other writer's change is kept");
    assertEquals(T0, a.accessKey("AKIAALICE00000000001").orElseThrow().lastUsedDate());
    assertEquals(2, store.saves.get(), "one stale attempt, one saved");
  }

  @Test
  void aStoreErrorIsLoggedWithoutSecretsAndNeverThrown() {
    StringWriter log = new StringWriter();
    String appender = capture(log);
    try {
      store.beforeUpdate = () -> {
        throw new StoreException("disk full while writing accounts/shop.yaml");
      };
      recorder.recordUse("AKIAALICE00000000001", "shop", "us-east-1");
      assertTrue(recorder.flush(WAIT));
      String logged = log.toString();
      assertTrue(logged.contains("WARN"), logged);
      assertTrue(logged.contains("AKIAALICE00000000001") && logged.contains("disk full"), logged);
      assertFalse(logged.contains("secret-one"), logged);
      assertNull(key("AKIAALICE00000000001").lastUsedDate());

      // A failing store is not asked again at every request: the next write is an interval later.
      int attempts = store.saves.get();
      recorder.recordUse("AKIAALICE00000000001", "shop", "us-east-1");
      assertTrue(recorder.flush(WAIT));
      assertEquals(attempts, store.saves.get());
    } finally {
      release(appender);
    }
  }

  @Test
  void closeWritesWhatWasHandedOverAndStopsRecording() {
    recorder.recordUse("AKIAALICE00000000001", "shop", "us-east-1");
    recorder.close();
    assertEquals(T0, key("AKIAALICE00000000001").lastUsedDate());
    clock.advance(Duration.ofHours(1));
    recorder.recordUse("AKIAALICE00000000002", "shop", "us-east-1");
    assertFalse(recorder.flush(Duration.ofMillis(100)));
    assertNull(key("AKIAALICE00000000002").lastUsedDate());
  }

  @Test
  void offRecordsNothingAndTheIntervalMustBePositive() {
    recorder.close();
    recorder = AccessKeyUsageRecorder.off();
    recorder.recordUse("AKIAALICE00000000001", "shop", "us-east-1");
    assertNull(key("AKIAALICE00000000001").lastUsedDate());
    assertEquals(0, store.saves.get());
    assertThrows(IllegalArgumentException.class, () -> AccessKeyUsageRecorder.start(store, Duration.ZERO, clock));
  }

  private AccessKey key(String id) {
    return store.snapshot().accessKey(id).orElseThrow();
  }

  private static Account account() {
    UserBuilder alice = new UserBuilder().name("alice").userId("AIDAALICE")
        .arn("arn:aws:iam::" + ACCOUNT + ":user/alice").createDate(T0);
    alice.accessKeys().add(new AccessKey("alice", "AKIAALICE00000000001", "secret-one", true, T0, null, null));
    alice.accessKeys().add(new AccessKey("alice", "AKIAALICE00000000002", "secret-two", true, T0, null, null));
    return Account.builder(ACCOUNT).putUser(alice.build()).build();
  }

  private static Account withoutKey(Account a, String id) {
    User u = a.user("alice").orElseThrow();
    UserBuilder b = u.toBuilder();
    b.accessKeys().removeIf(k -> k.accessKeyId().equals(id));
    return a.toBuilder().putUser(b.build()).build();
  }

  private static Account withKey(Account a, String id, UnaryOperator<AccessKey> change) {
    User u = a.user("alice").orElseThrow();
    UserBuilder b = u.toBuilder();
    b.accessKeys().replaceAll(k -> k.accessKeyId().equals(id) ? change.apply(k) : k);
    return a.toBuilder().putUser(b.build()).build();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends the recorder's log at WARN and above to {@code out}; returns the appender's name. */
  private static String capture(StringWriter out) {
    LoggerContext context = (LoggerContext) LogManager.getContext(AccessKeyUsageRecorder.class.getClassLoader(), false);
    Configuration config = context.getConfiguration();
    String name = "recorder-test-" + System.nanoTime();
    WriterAppender appender = WriterAppender.newBuilder().setName(name).setTarget(out)
        .setLayout(PatternLayout.newBuilder().withPattern("%p %m%n").build()).build();
    appender.start();
    LoggerConfig logger = new LoggerConfig(AccessKeyUsageRecorder.class.getName(), Level.WARN, false);
    logger.addAppender(appender, Level.WARN, null);
    config.addLogger(AccessKeyUsageRecorder.class.getName(), logger);
    context.updateLoggers();
    return name;
  }

  private static void release(String appender) {
    LoggerContext context = (LoggerContext) LogManager.getContext(AccessKeyUsageRecorder.class.getClassLoader(), false);
    context.getConfiguration().removeLogger(AccessKeyUsageRecorder.class.getName());
    context.updateLoggers();
  }

  /** A store that counts the writes asked of it and can run something before each. */
  private static final class CountingStore implements AccountStore {
    final InMemoryAccountStore delegate;
    final AtomicInteger saves = new AtomicInteger();
    volatile Runnable beforeUpdate = () -> { };

    CountingStore(InMemoryAccountStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public Accounts snapshot() {
      return delegate.snapshot();
    }

    @Override
    public Account update(String accountId, UnaryOperator<Account> change) {
      saves.incrementAndGet();
      beforeUpdate.run();
      return delegate.update(accountId, change);
    }

    @Override
    public void addListener(Consumer<Accounts> listener) {
      delegate.addListener(listener);
    }

    @Override
    public void close() {}
  }

}
