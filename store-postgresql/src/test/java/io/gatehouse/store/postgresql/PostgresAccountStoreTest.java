package io.gatehouse.store.postgresql;

import static io.gatehouse.store.postgresql.TestAccounts.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.SecretEncryption;
import io.gatehouse.store.StaleVersionException;
import io.gatehouse.store.StoreException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema, transactions, versions and encryption of the PostgreSQL store, on a real server. */
@ExtendWith(PostgresServer.class)
class PostgresAccountStoreTest {

  @Test
  void createsItsVersionedSchemaAndKeepsEachEntityKindInItsTable(PostgresServer server) throws Exception {
    String url = server.newDatabase();
    try (PostgresAccountStore store = TestAccounts.open(server, url)) {
      assertTrue(store.create(TestAccounts.account()));
      assertFalse(store.create(TestAccounts.account()), "an existing account is left as it is");
    }
    try (Connection c = DriverManager.getConnection(url, server.user(), "");
        Statement s = c.createStatement()) {
      assertEquals(List.of("1"), column(s, "SELECT version FROM gatehouse_schema"));
      assertEquals(List.of("alice"), column(s, "SELECT name FROM gatehouse_user"));
      assertEquals(List.of("AKIAIOSFODNN7EXAMPLE"), column(s, "SELECT name FROM gatehouse_access_key"));
      String everything = String.join("\n", column(s, "SELECT document::text FROM gatehouse_access_key"))
          + String.join("\n", column(s, "SELECT document::text FROM gatehouse_mfa_device"));
      assertFalse(everything.contains(TestAccounts.SECRET), everything);
      assertFalse(everything.contains(TestAccounts.SEED), everything);
      assertTrue(everything.contains("enc:v1:test:"), everything);
    }
    // A second instance migrates nothing and reads the account, secrets decrypted.
    try (PostgresAccountStore again = TestAccounts.open(server, url)) {
      Account a = again.snapshot().account(ID).orElseThrow();
      assertEquals(1, a.version());
      assertEquals("shop", a.alias());
      assertEquals(TestAccounts.SECRET, a.accessKey("AKIAIOSFODNN7EXAMPLE").orElseThrow().secretAccessKey());
      assertEquals(TestAccounts.SEED, a.user("alice").orElseThrow().mfaDevices().get(0).seedBase32());
    }
  }

  @Test
  void eachChangeBumpsTheVersionAndAStaleOneIsRefused(PostgresServer server) throws Exception {
    String url = server.newDatabase();
    try (PostgresAccountStore store = TestAccounts.open(server, url)) {
      store.create(TestAccounts.account());
      Account v1 = store.snapshot().account(ID).orElseThrow();
      Account v2 = store.save(TestAccounts.allow(v1, "shop:PutOrder"));
      assertEquals(2, v2.version());
      StaleVersionException stale = assertThrows(StaleVersionException.class,
          () -> store.save(TestAccounts.allow(v1, "shop:DeleteOrder")));
      assertTrue(stale.getMessage().contains("is at version 2, but the change was made from version 1"),
          stale.getMessage());
      assertEquals(2, store.snapshot().account(ID).orElseThrow().version());
      assertEquals(1, store.snapshot().account(ID).orElseThrow().user("alice").orElseThrow().inlinePolicies()
          .stream().filter(p -> p.name().startsWith("p-")).count());
    }
  }

  @Test
  void aWrongKeyOrNoKeyLoadsNothing(PostgresServer server) throws Exception {
    String url = server.newDatabase();
    try (PostgresAccountStore store = TestAccounts.open(server, url)) {
      store.create(TestAccounts.account());
    }
    SecretEncryption wrong = SecretEncryption.fromText(SecretEncryption.newKeyLine("test", new SecureRandom()), "w");
    List<String> refusals = new ArrayList<>();
    try (PostgresAccountStore other = PostgresAccountStore.builder(url).user(server.user()).encryption(wrong).open()) {
      other.addRefusalListener(r -> refusals.add(r.message()));
      assertTrue(other.snapshot().account(ID).isEmpty(), "nothing half-loaded");
    }
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> PostgresAccountStore.builder(url).user(server.user()).open());
    assertTrue(none.getMessage().contains("needs an encryption key"), none.getMessage());
    StoreException unreachable = assertThrows(StoreException.class, () -> PostgresAccountStore
        .builder(server.url("no_such_database")).user(server.user()).encryption(TestAccounts.KEYS).open());
    assertTrue(unreachable.getMessage().contains("cannot prepare the Gatehouse schema"), unreachable.getMessage());
  }

  private static List<String> column(Statement s, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
