package io.gatehouse.store.postgresql;

import static io.gatehouse.store.postgresql.TestAccounts.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.ChangeEvent;
import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.identity.Accounts;
import io.gatehouse.store.RefusedChange;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changes that arrive without a notification (written by hand in SQL, or while the listener was
 * away) are found by the periodic version check; an invalid one is refused, reported and audited.
 */
@ExtendWith(PostgresServer.class)
class PostgresVersionCheckTest {

  @Test
  void theVersionCheckFindsUnannouncedChangesAndRefusesInvalidOnes(PostgresServer server) throws Exception {
    String url = server.newDatabase();
    List<ChangeEvent> audited = new CopyOnWriteArrayList<>();
    AuditTrail trail = new AuditTrail() {
      @Override
      public void decision(DecisionEvent event) {}

      @Override
      public void change(ChangeEvent event) {
        audited.add(event);
      }

      @Override
      public void close() {}
    };
    try (PostgresAccountStore store = PostgresAccountStore.builder(url).user(server.user())
        .encryption(TestAccounts.KEYS).checkInterval(Duration.ofMillis(300))
        .audit(new ChangeEvents(trail, Clock.systemUTC()), Clock.systemUTC()).open()) {
      store.create(TestAccounts.account());
      Accounts before = store.snapshot();
      BlockingQueue<RefusedChange> refusals = new LinkedBlockingQueue<>();
      store.addRefusalListener(refusals::add);
      BlockingQueue<Accounts> snapshots = new LinkedBlockingQueue<>();
      store.addListener(snapshots::add);

      sql(server, url, "UPDATE gatehouse_user SET document = jsonb_set(document, '{GroupList}', '[\"nope\"]')",
          "UPDATE gatehouse_account SET version = version + 1");
      RefusedChange refused = refusals.poll(3, TimeUnit.SECONDS);
      assertNotNull(refused, "the invalid row was not found by the version check");
      assertTrue(refused.message().contains("UserDetailList[0].GroupList[0]: group \"nope\" does not exist"),
          refused.message());
      assertSame(before, store.snapshot());
      assertTrue(audited.stream().anyMatch(e -> "InvalidAccount".equals(e.errorCode())), audited.toString());

      sql(server, url, "UPDATE gatehouse_user SET document = jsonb_set(document, '{GroupList}', '[]')",
          "UPDATE gatehouse_account SET alias = 'shop-renamed', version = version + 1");
      Accounts next = snapshots.poll(3, TimeUnit.SECONDS);
      assertNotNull(next, "the valid change was not found by the version check");
      assertEquals("shop-renamed", next.account(ID).orElseThrow().alias());
      assertEquals(3, next.account(ID).orElseThrow().version());
    }
  }

  private static void sql(PostgresServer server, String url, String... statements) throws Exception {
    try (Connection c = DriverManager.getConnection(url, server.user(), "")) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String statement : statements) {
          s.execute(statement);
        }
      }
      c.commit();
    }
  }
}
