package io.gatehouse.store.postgresql;

import static io.gatehouse.store.postgresql.TestAccounts.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Authorizer;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.store.LiveAuthorizer;
import io.gatehouse.store.StaleVersionException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two application instances on one database: changes propagate, survive killed connections, never get lost. */
@ExtendWith(PostgresServer.class)
class PostgresInstancesTest {
  private static final int CHANGES = 10;

  @Test
  void aWriteOnOneInstanceIsEnforcedOnTheOther(PostgresServer server) throws Exception {
    String url = server.newDatabase();
    try (PostgresAccountStore a = TestAccounts.open(server, url); PostgresAccountStore b = TestAccounts.open(server, url)) {
      a.create(TestAccounts.account());
      LiveAuthorizer onB = LiveAuthorizer.over(b, Authorizer.standard(), ResourcePolicyProvider.NONE,
          Clock.systemUTC(), e -> { });
      await(() -> onB.accounts().account(ID).isPresent());
      assertFalse(TestAccounts.decide(onB.current(), "shop:DeleteOrder").isAllowed());
      a.update(ID, x -> TestAccounts.allow(x, "shop:DeleteOrder"));
      await(() -> TestAccounts.decide(onB.current(), "shop:DeleteOrder").isAllowed());
      assertEquals(2, b.snapshot().account(ID).orElseThrow().version());
    }
  }

  @Test
  void aKilledConnectionRecoversAndCatchesUp(PostgresServer server) throws Exception {
    String url = server.newDatabase();
    try (PostgresAccountStore a = TestAccounts.open(server, url); PostgresAccountStore b = TestAccounts.open(server, url)) {
      a.create(TestAccounts.account());
      await(() -> b.snapshot().account(ID).isPresent());
      int killed = terminateOtherBackends(server, url);
      assertTrue(killed >= 2, "the instances' connections were killed: " + killed);
      a.update(ID, x -> TestAccounts.allow(x, "shop:AfterKill"));
      await(() -> b.snapshot().account(ID).orElseThrow().version() == 2);
      // b's pool recovered too: it can write, and a hears of it.
      b.update(ID, x -> TestAccounts.allow(x, "shop:FromB"));
      await(() -> a.snapshot().account(ID).orElseThrow().version() == 3);
    }
  }

  @Test
  void concurrentWritersOnTwoInstancesLoseNothing(PostgresServer server) throws Exception {
    String url = server.newDatabase();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (PostgresAccountStore a = TestAccounts.open(server, url); PostgresAccountStore b = TestAccounts.open(server, url)) {
      a.create(TestAccounts.account());
      await(() -> b.snapshot().account(ID).isPresent());
      List<Future<Integer>> done = new ArrayList<>();
      done.add(pool.submit(writer(a, "a")));
      done.add(pool.submit(writer(b, "b")));
      int refusedSaves = 0;
      for (Future<Integer> f : done) {
        refusedSaves += f.get();
      }
      await(() -> a.snapshot().account(ID).orElseThrow().version() == 1 + 4 * CHANGES
          && b.snapshot().account(ID).orElseThrow().version() == 1 + 4 * CHANGES);
      Account last = b.snapshot().account(ID).orElseThrow();
      assertEquals(1 + 4 * CHANGES, last.user("alice").orElseThrow().inlinePolicies().size());
      assertTrue(refusedSaves >= 0);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Each change twice: once through update (serialised), once through save (retried when stale). */
  private static Callable<Integer> writer(PostgresAccountStore store, String name) {
    return () -> {
      int refused = 0;
      for (int i = 0; i < CHANGES; i++) {
        String action = "shop:" + name + i;
        store.update(ID, x -> TestAccounts.allow(x, action));
        while (true) {
          try {
            store.save(TestAccounts.allow(store.snapshot().account(ID).orElseThrow(), action + "s"));
            break;
          } catch (StaleVersionException e) {
            refused++;
            Thread.sleep(5);
          }
        }
      }
      return refused;
    };
  }

  private static int terminateOtherBackends(PostgresServer server, String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url, server.user(), "");
        PreparedStatement p = c.prepareStatement("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        ResultSet r = p.executeQuery()) {
      r.next();
      return r.getInt(1);
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within 10 seconds");
      }
      Thread.sleep(10);
    }
  }
}
