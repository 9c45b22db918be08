package io.gatehouse.store.postgresql.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The SQL of the store. An account is written as its canonical JSON document (the account file
 * format, secrets encrypted), which PostgreSQL splits into one row per entity in the table of its
 * kind; it is read back by assembling the same document from those rows. Callers manage
 * transactions.
 */
public final class AccountTables {
  /** The channel of change notifications; the payload is {@code ACCOUNT_ID:VERSION}. */
  public static final String CHANNEL = "gatehouse_accounts";

  private static final String DOCUMENT;

  static {
    StringBuilder b = new StringBuilder("jsonb_build_object('AccountId', a.account_id");
    for (Schema.Section s : Schema.SECTIONS) {
      b.append(", '").append(s.key()).append("', coalesce((SELECT jsonb_agg(t.document ORDER BY t.position) FROM ")
          .append(s.table()).append(" t WHERE t.account_id = a.account_id), '[]'::jsonb)");
    }
    b.append(") || a.extras || CASE WHEN a.alias = '' THEN '{}'::jsonb"
        + " ELSE jsonb_build_object('AccountAlias', a.alias) END");
    DOCUMENT = b.toString();
  }

  private AccountTables() {}

  /** Every account's version. */
  public static Map<String, Long> versions(Connection c) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT account_id, version FROM gatehouse_account ORDER BY account_id");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.put(r.getString(1), r.getLong(2));
      }
    }
    return out;
  }

  /** One account's version, locked until the transaction ends; empty if there is no such account. */
  public static OptionalLong lockVersion(Connection c, String accountId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT version FROM gatehouse_account WHERE account_id = ? FOR UPDATE")) {
      p.setString(1, accountId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** One account's version and document text, if it exists. */
  public static Stored read(Connection c, String accountId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT a.version, (" + DOCUMENT + ")::text FROM gatehouse_account a WHERE a.account_id = ?")) {
      p.setString(1, accountId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? new Stored(accountId, r.getLong(1), r.getString(2)) : null;
      }
    }
  }

  /** Inserts a new account's row (its entities follow with {@link #replaceEntities}). */
  public static boolean insertAccount(Connection c, String accountId, long version, String document)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO gatehouse_account (account_id, alias, version, extras)"
        + " SELECT ?, coalesce(d->>'AccountAlias', ''), ?, " + extras() + " FROM (SELECT ?::jsonb AS d) x"
        + " ON CONFLICT (account_id) DO NOTHING")) {
      p.setString(1, accountId);
      p.setLong(2, version);
      p.setString(3, document);
      return p.executeUpdate() == 1;
    }
  }

  /** Sets an account's alias, extras and version. */
  public static void updateAccount(Connection c, String accountId, long version, String document)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("UPDATE gatehouse_account a SET alias = coalesce(d->>'AccountAlias',"
        + " ''), version = ?, extras = " + extras() + ", updated_at = now() FROM (SELECT ?::jsonb AS d) x"
        + " WHERE a.account_id = ?")) {
      p.setLong(1, version);
      p.setString(2, document);
      p.setString(3, accountId);
      p.executeUpdate();
    }
  }

  /** Replaces the rows of every entity table with the document's entries. */
  public static void replaceEntities(Connection c, String accountId, String document) throws SQLException {
    for (Schema.Section s : Schema.SECTIONS) {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM " + s.table() + " WHERE account_id = ?")) {
        del.setString(1, accountId);
        del.executeUpdate();
      }
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + s.table()
          + " (account_id, position, name, document) SELECT ?, e.ord, coalesce(e.v->>'" + s.nameField()
          + "', ''), e.v FROM jsonb_array_elements(coalesce(?::jsonb->'" + s.key() + "', '[]'::jsonb))"
          + " WITH ORDINALITY AS e(v, ord)")) {
        ins.setString(1, accountId);
        ins.setString(2, document);
        ins.executeUpdate();
      }
    }
  }

  /** Tells every listening instance that an account changed (delivered at commit). */
  public static void notifyChange(Connection c, String accountId, long version) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT pg_notify(?, ?)")) {
      p.setString(1, CHANNEL);
      p.setString(2, accountId + ":" + version);
      p.execute();
    }
  }

  /** The extra sections the document holds, as one object (a section absent stays absent). */
  private static String extras() {
    StringBuilder b = new StringBuilder("(SELECT coalesce(jsonb_object_agg(k, d->k), '{}'::jsonb) FROM unnest(ARRAY[");
    for (int i = 0; i < Schema.EXTRAS.size(); i++) {
      b.append(i == 0 ? "" : ", ").append('\'').append(Schema.EXTRAS.get(i)).append('\'');
    }
    return b.append("]) k WHERE jsonb_exists(d, k))").toString();
  }

  /**
   * An account as stored.
   *
   * @param accountId the account
   * @param version its version
   * @param document its document, the account file's JSON
   */
  public record Stored(String accountId, long version, String document) {}
}
