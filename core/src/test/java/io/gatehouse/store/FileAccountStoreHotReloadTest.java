package io.gatehouse.store;

import static io.gatehouse.store.StoreTestAccounts.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Authorizer;
import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.ChangeEvent;
import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.ResourcePolicyProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits on disk are picked up, validated whole, and refused with their place when invalid. */
class FileAccountStoreHotReloadTest {
  @TempDir Path dir;
  private final List<ChangeEvent> audited = new CopyOnWriteArrayList<>();
  private final AuditTrail trail = new AuditTrail() {
    @Override
    public void decision(DecisionEvent event) {}

    @Override
    public void change(ChangeEvent event) {
      audited.add(event);
    }

    @Override
    public void close() {}
  };

  private FileAccountStore watching(Path root) {
    return FileAccountStore.builder(List.of(root)).watch(Duration.ofMillis(500))
        .audit(new ChangeEvents(trail, Clock.systemUTC()), Clock.systemUTC()).open();
  }

  @Test
  void aValidEditIsEnforcedWithinTwoSeconds() throws Exception {
    Path file = Files.writeString(dir.resolve("account.yaml"), StoreTestAccounts.YAML);
    try (FileAccountStore store = watching(dir)) {
      LiveAuthorizer live = LiveAuthorizer.over(store, Authorizer.standard(), ResourcePolicyProvider.NONE,
          Clock.systemUTC(), e -> { });
      BlockingQueue<Accounts> snapshots = new LinkedBlockingQueue<>();
      store.addListener(snapshots::add);
      assertTrue(StoreTestAccounts.decide(live.current(), "shop:GetOrder").isAllowed());
      assertFalse(StoreTestAccounts.decide(live.current(), "shop:DeleteOrder").isAllowed());

      Files.writeString(file, StoreTestAccounts.YAML.replace("shop:GetOrder", "shop:DeleteOrder"));
      Accounts next = snapshots.poll(2, TimeUnit.SECONDS);
      assertNotNull(next, "the edit was not picked up within 2 seconds");
      assertEquals(2, next.account(ID).orElseThrow().version());
      assertSame(next, live.accounts());
      assertTrue(StoreTestAccounts.decide(live.current(), "shop:DeleteOrder").isAllowed());
      assertFalse(StoreTestAccounts.decide(live.current(), "shop:GetOrder").isAllowed());
      assertEquals("ReloadAccounts", audited.get(0).eventName());
      assertEquals(null, audited.get(0).errorCode());
    }
  }

  @Test
  void anInvalidEditIsRefusedWithItsPlaceAndTheLastGoodSnapshotStays() throws Exception {
    Path file = Files.writeString(dir.resolve("account.yaml"), StoreTestAccounts.YAML);
    try (FileAccountStore store = watching(file)) {
      Accounts before = store.snapshot();
      BlockingQueue<RefusedChange> refusals = new LinkedBlockingQueue<>();
      store.addRefusalListener(refusals::add);
      Files.writeString(file, StoreTestAccounts.YAML + "    GroupList: [nope]\n");
      RefusedChange refused = refusals.poll(2, TimeUnit.SECONDS);
      assertNotNull(refused, "the invalid edit was not reported within 2 seconds");
      assertEquals(file + ":12:17: UserDetailList[0].GroupList[0]: group \"nope\" does not exist",
          refused.message());
      assertSame(before, store.snapshot());
      ChangeEvent event = audited.get(audited.size() - 1);
      assertEquals("InvalidAccount", event.errorCode());
      assertEquals(refused.message(), event.errorMessage());
      // The same bad content is reported once, not at every poll.
      assertEquals(null, refusals.poll(1200, TimeUnit.MILLISECONDS));

      Files.writeString(file, StoreTestAccounts.YAML.replace("read", "read-all"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (store.snapshot() == before && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(store.snapshot().account(ID).orElseThrow().user("alice").orElseThrow().inlinePolicies().get(0)
          .name().equals("read-all"), "a fixed file is taken again");
    }
  }

  @Test
  void aRefusedEditIsInTheLog4jAuditTrailWithoutSecrets(@TempDir Path logs) throws Exception {
    String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    String withKey = StoreTestAccounts.YAML + "AccessKeys:\n  - UserName: alice\n    AccessKeyId: AKIAIOSFODNN7EXAMPLE\n"
        + "    SecretAccessKey: " + secret + "\n    CreateDate: 2026-01-01T00:00:00Z\n";
    Path file = Files.writeString(dir.resolve("account.yaml"), withKey);
    BlockingQueue<RefusedChange> refusals = new LinkedBlockingQueue<>();
    try (Log4jAuditTrail log = Log4jAuditTrail.open(AuditOptions.inDirectory(logs));
        FileAccountStore store = FileAccountStore.builder(List.of(file)).watch(Duration.ofMillis(500))
            .audit(new ChangeEvents(log, Clock.systemUTC()), Clock.systemUTC()).open()) {
      store.addRefusalListener(refusals::add);
      Files.writeString(file, withKey.replace("    CreateDate: 2026-01-01T00:00:00Z\n", "    Status: Sleeping\n"
          + "    CreateDate: 2026-01-01T00:00:00Z\n"));
      // Files.writeString truncates first: the watcher may see (and refuse) the empty file before
      // the edit is whole, so wait for the refusal of the edit itself.
      RefusedChange refused;
      do {
        refused = refusals.poll(5, TimeUnit.SECONDS);
        assertNotNull(refused, "the invalid edit was refused");
      } while (!refused.message().contains("AccessKeys[0].Status"));
    }
    String audit = Files.readString(logs.resolve("gatehouse-audit.log"));
    assertTrue(audit.contains("\"eventSource\":\"store.gatehouse.io\",\"eventName\":\"ReloadAccounts\""), audit);
    assertTrue(audit.contains("\"errorCode\":\"InvalidAccount\""), audit);
    assertTrue(audit.contains("AccessKeys[0].Status: expected \\\"Active\\\" or \\\"Inactive\\\""), audit);
    assertFalse(audit.contains(secret), audit);
  }

  @Test
  void aFolderOfAccountsIsReadWholeAndAnUnfinishedWriteIsIgnored() throws Exception {
    Files.writeString(dir.resolve("shop.yaml"), StoreTestAccounts.YAML);
    String other = "{\"AccountId\": \"210987654321\"}";
    Files.writeString(dir.resolve("other.json"), other);
    try (FileAccountStore store = watching(dir)) {
      assertEquals(2, store.snapshot().all().size());
      BlockingQueue<Accounts> snapshots = new LinkedBlockingQueue<>();
      store.addListener(snapshots::add);
      // What a crash between write and rename leaves: a temporary file beside the intact old one.
      Files.writeString(dir.resolve(".shop.yaml.12345.tmp"), "AccountId: \"1234");
      assertEquals(null, snapshots.poll(1200, TimeUnit.MILLISECONDS));
      Files.writeString(dir.resolve("third.yaml"), "AccountId: \"333333333333\"\n");
      Accounts next = snapshots.poll(2, TimeUnit.SECONDS);
      assertNotNull(next);
      assertEquals(3, next.all().size());
      Files.delete(dir.resolve("other.json"));
      next = snapshots.poll(2, TimeUnit.SECONDS);
      assertNotNull(next);
      assertTrue(next.account("210987654321").isEmpty());
    }
    try (FileAccountStore reopened = FileAccountStore.open(List.of(dir))) {
      assertEquals(1, reopened.snapshot().account(ID).orElseThrow().version());
      assertEquals(2, reopened.snapshot().all().size());
    }
  }

  @Test
  void aCrashBetweenWriteAndRenameLeavesTheOldFileInForce() throws Exception {
    Path file = Files.writeString(dir.resolve("account.yaml"), StoreTestAccounts.YAML);
    try (FileAccountStore store = watching(file)) {
      Accounts before = store.snapshot();
      BlockingQueue<Accounts> snapshots = new LinkedBlockingQueue<>();
      store.addListener(snapshots::add);
      // The writer died after writing and syncing its temporary file, before renaming it.
      Path temporary = dir.resolve(".account.yaml.4711.tmp");
      Files.writeString(temporary, StoreTestAccounts.YAML.replace("shop:GetOrder", "shop:DeleteOrder"));
      assertEquals(null, snapshots.poll(1200, TimeUnit.MILLISECONDS));
      assertSame(before, store.snapshot());
      assertEquals(StoreTestAccounts.YAML, Files.readString(file));
      // The next write goes through whole, and the leftover stays untouched.
      store.update(ID, a -> StoreTestAccounts.allow(a, "shop:Next"));
      assertTrue(Files.readString(file).contains("shop:Next"));
      assertTrue(Files.exists(temporary));
    }
    try (FileAccountStore reopened = FileAccountStore.open(List.of(file))) {
      assertTrue(StoreTestAccounts.decide(io.gatehouse.identity.AccountAuthorizer.of(reopened.snapshot()),
          "shop:GetOrder").isAllowed());
    }
  }

  @Test
  void aWriteOnAStaleVersionIsRefusedAndSucceedsOnceReloaded() throws Exception {
    Path file = Files.writeString(dir.resolve("account.yaml"), StoreTestAccounts.YAML);
    try (FileAccountStore a = FileAccountStore.open(List.of(file));
        FileAccountStore b = watching(file)) {
      BlockingQueue<Accounts> seenByB = new LinkedBlockingQueue<>();
      b.addListener(seenByB::add);
      Account fromB = StoreTestAccounts.allow(b.snapshot().account(ID).orElseThrow(), "shop:B");
      a.update(ID, x -> StoreTestAccounts.allow(x, "shop:A"));
      // b's watcher may or may not have read a's write yet: either way b must not overwrite it.
      assertThrows(StaleVersionException.class, () -> b.save(fromB));
      assertNotNull(seenByB.poll(2, TimeUnit.SECONDS));
      b.update(ID, x -> StoreTestAccounts.allow(x, "shop:B"));
      String text = Files.readString(file);
      assertTrue(text.contains("shop:A") && text.contains("shop:B"), text);
    }
  }
}
