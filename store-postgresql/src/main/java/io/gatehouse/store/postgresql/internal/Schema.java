package io.gatehouse.store.postgresql.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates and migrates the store's tables. The applied version is kept in {@code
 * gatehouse_schema}; each migration runs once, in one transaction, under an advisory lock so that
 * instances starting together do not race. A database newer than this code is refused.
 */
public final class Schema {
  /** The version this code writes and reads. */
  public static final int CURRENT = 1;

  private static final long LOCK_KEY = 0x6761746568L; // "gateh"

  /** Section of the account document -> table, in the order the document lists them. */
  public static final List<Section> SECTIONS = List.of(
      new Section("UserDetailList", "gatehouse_user", "UserName"),
      new Section("GroupDetailList", "gatehouse_group", "GroupName"),
      new Section("RoleDetailList", "gatehouse_role", "RoleName"),
      new Section("Policies", "gatehouse_policy", "Arn"),
      new Section("LoginProfiles", "gatehouse_login_profile", "UserName"),
      new Section("AccessKeys", "gatehouse_access_key", "AccessKeyId"),
      new Section("MFADevices", "gatehouse_mfa_device", "SerialNumber"));

  /** The document sections kept together in {@code gatehouse_account.extras}. */
  public static final List<String> EXTRAS =
      List.of("OpenIDConnectProviders", "ResourcePolicies", "Organization", "SigningKeys");

  private Schema() {}

  /**
   * Brings the database to {@link #CURRENT}.
   *
   * @throws SQLException if a migration fails (it is rolled back) or the database is newer
   */
  public static void migrate(Connection c) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
      s.execute("CREATE TABLE IF NOT EXISTS gatehouse_schema (version integer NOT NULL,"
          + " applied_at timestamptz NOT NULL DEFAULT now())");
      int version = 0;
      try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM gatehouse_schema")) {
        r.next();
        version = r.getInt(1);
      }
      if (version > CURRENT) {
        throw new SQLException("the database's Gatehouse schema is at version " + version
            + ", newer than this library's " + CURRENT + "; upgrade Gatehouse");
      }
      if (version < 1) {
        version1(s);
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static void version1(Statement s) throws SQLException {
    s.execute("CREATE TABLE gatehouse_account (account_id text PRIMARY KEY, alias text NOT NULL,"
        + " version bigint NOT NULL, extras jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())");
    for (Section section : SECTIONS) {
      s.execute("CREATE TABLE " + section.table() + " (account_id text NOT NULL REFERENCES gatehouse_account"
          + " ON DELETE CASCADE, position integer NOT NULL, name text NOT NULL, document jsonb NOT NULL,"
          + " PRIMARY KEY (account_id, position))");
    }
    s.execute("INSERT INTO gatehouse_schema (version) VALUES (1)");
  }

  /**
   * One entity kind: its section in the account document and its table.
   *
   * @param key the section's name in the account document
   * @param table the table holding one row per entry
   * @param nameField the entry's field shown in the {@code name} column
   */
  public record Section(String key, String table, String nameField) {}
}
