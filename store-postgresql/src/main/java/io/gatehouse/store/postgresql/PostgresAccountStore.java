package io.gatehouse.store.postgresql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.store.AccountStore;
import io.gatehouse.store.RefusedChange;
import io.gatehouse.store.StoreException;
import io.gatehouse.store.internal.StoreAudit;
import io.gatehouse.store.postgresql.internal.AccountTables;
import io.gatehouse.store.postgresql.internal.ChangeListener;
import io.gatehouse.store.postgresql.internal.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Accounts kept in PostgreSQL and shared by every application instance that opens the same
 * database.
 *
 * <p><b>Tables.</b> The library creates and migrates its schema (version in {@code
 * gatehouse_schema}). {@code gatehouse_account} holds one row per account (id, alias, version, and
 * as JSON the sections that are rarely changed and only meaningful whole: OIDC providers, resource
 * policies, organization policies, signing keys); each entity kind has its own table, one row per
 * entity holding that entity's canonical JSON (the account file's entry, so a row reads like the
 * IAM API's output): {@code gatehouse_user}, {@code gatehouse_group}, {@code gatehouse_role},
 * {@code gatehouse_policy}, {@code gatehouse_login_profile}, {@code gatehouse_access_key}, {@code
 * gatehouse_mfa_device}. Rows rather than columns per attribute keep one format, one validator
 * (the account file reader, which checks every reference and reports every problem) and one
 * canonical form for files and database, and keep the schema stable as IAM entities gain fields.
 *
 * <p><b>Writes.</b> A change runs in one transaction: the account's row is locked ({@code SELECT
 * ... FOR UPDATE}), the change is applied to the version stored then (reloaded first if this
 * instance had not seen it yet), validated whole, its rows replaced, its version incremented, and
 * a {@code NOTIFY} sent, delivered at commit. Concurrent writers on any instances are thus
 * serialised and none loses the other's change; {@link #save} refuses a change made from an old
 * version. Secrets are always written encrypted: the store requires a key.
 *
 * <p><b>Propagation.</b> Each instance listens on one dedicated connection; a notification makes it
 * compare versions and load the accounts that changed at once. A version check also runs at
 * every check interval, which catches a notification missed while the connection was down; a
 * broken connection is replaced by itself. A stored account that does not validate (a row edited
 * by hand) is refused, reported and audited, and the last good snapshot stays in force.
 */
public final class PostgresAccountStore implements AccountStore {
  private final HikariDataSource pool;
  private final AccountFiles files;
  private final StoreAudit audit;
  private final String source;
  private final List<Consumer<Accounts>> listeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<RefusedChange>> refusals = new CopyOnWriteArrayList<>();
  private final Set<String> refusedVersions = new HashSet<>();
  private final ChangeListener listener;
  private final java.util.concurrent.Callable<Connection> connect;
  private volatile Accounts current = Accounts.of();

  private PostgresAccountStore(PostgresStoreBuilder b) {
    this.files = new AccountFiles().withEncryption(b.encryption);
    this.audit = new StoreAudit(b.changeEvents, b.clock);
    this.source = "postgresql:" + b.url.replaceFirst("\\?.*", "");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(b.url);
    config.setDataSourceProperties(b.properties());
    config.setMaximumPoolSize(b.maxPoolSize);
    config.setPoolName("gatehouse-store");
    config.setInitializationFailTimeout(-1);
    config.setConnectionTimeout(10_000);
    this.pool = new HikariDataSource(config);
    this.connect = () -> DriverManager.getConnection(b.url, b.properties());
    this.listener = new ChangeListener(connect, this::check, b.checkInterval);
  }

  /** A builder for a store on the database at {@code jdbcUrl} ({@code jdbc:postgresql://host/db}). */
  public static PostgresStoreBuilder builder(String jdbcUrl) {
    return new PostgresStoreBuilder(jdbcUrl);
  }

  @Override
  public Accounts snapshot() {
    return current;
  }

  /**
   * Adds a new account (at version 1) unless the database already has one with its id.
   *
   * @return true if it was added, false if an account with that id exists (it is left as it is)
   * @throws StoreException if the database cannot be written
   * @throws InvalidPolicyException if the account would not read back
   */
  public boolean create(Account account) {
    String document = render(account);
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        boolean added = AccountTables.insertAccount(c, account.accountId(), 1, document);
        if (added) {
          AccountTables.replaceEntities(c, account.accountId(), document);
          AccountTables.notifyChange(c, account.accountId(), 1);
        }
        c.commit();
        if (added) {
          install(account.toBuilder().version(1).build());
        } else {
          check();
        }
        return added;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("could not add account " + account.accountId() + " to " + source, e);
    }
  }

  @Override
  public Account update(String accountId, UnaryOperator<Account> change) {
    try {
      return updateOnce(accountId, change);
    } catch (BrokenBeforeCommit e) {
      // A pooled connection killed since its last use (a restarted server, a terminated backend):
      // nothing was committed, so the whole transaction runs again on a fresh connection.
      pool.getHikariPoolMXBean().softEvictConnections();
      try {
        return updateOnce(accountId, change);
      } catch (BrokenBeforeCommit again) {
        throw new StoreException("could not save account " + accountId + " in " + source
            + "; the previous version is kept", again.getCause());
      }
    }
  }

  private Account updateOnce(String accountId, UnaryOperator<Account> change) {
    boolean committing = false;
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        OptionalLong stored = AccountTables.lockVersion(c, accountId);
        if (stored.isEmpty()) {
          throw new NoSuchElementException("no account " + accountId);
        }
        Account base = current.account(accountId).orElse(null);
        if (base == null || base.version() != stored.getAsLong()) {
          base = decode(AccountTables.read(c, accountId));
        }
        Account updated = change.apply(base);
        if (updated == base) {
          c.rollback();
          return base;
        }
        if (!updated.accountId().equals(accountId)) {
          throw new IllegalArgumentException("a change cannot move account " + accountId);
        }
        long version = stored.getAsLong() + 1;
        if (updated.version() != version) {
          updated = updated.toBuilder().version(version).build();
        }
        String document = render(updated);
        AccountTables.updateAccount(c, accountId, version, document);
        AccountTables.replaceEntities(c, accountId, document);
        AccountTables.notifyChange(c, accountId, version);
        committing = true;
        c.commit();
        install(updated);
        return updated;
      } catch (SQLException | RuntimeException e) {
        if (!committing) {
          rollbackQuietly(c, e);
        }
        throw e;
      }
    } catch (SQLException e) {
      if (!committing && isConnectionFailure(e)) {
        throw new BrokenBeforeCommit(e);
      }
      throw new StoreException("could not save account " + accountId + " in " + source
          + "; the previous version is kept", e);
    }
  }

  @Override
  public void addListener(Consumer<Accounts> l) {
    listeners.add(l);
  }

  @Override
  public void addRefusalListener(Consumer<RefusedChange> l) {
    refusals.add(l);
  }

  @Override
  public void close() {
    listener.close();
    pool.close();
  }

  /** Compares versions with the database and loads what changed; failures wait for the next check. */
  void check() {
    try (Connection c = pool.getConnection()) {
      c.setReadOnly(true);
      Map<String, Long> versions = AccountTables.versions(c);
      synchronized (this) {
        Accounts before = current;
        List<Account> next = new ArrayList<>();
        boolean changed = before.all().size() != versions.size();
        for (Map.Entry<String, Long> v : versions.entrySet()) {
          Account known = before.account(v.getKey()).orElse(null);
          if (known != null && known.version() >= v.getValue()) {
            next.add(known);
            continue;
          }
          Account loaded = load(c, v.getKey(), v.getValue());
          if (loaded == null) {
            if (known != null) {
              next.add(known);
            }
            continue;
          }
          next.add(loaded);
          changed = true;
        }
        if (changed) {
          current = Accounts.of(next);
          audit.reloaded(source, current);
          Accounts now = current;
          listeners.forEach(l -> l.accept(now));
        }
      }
    } catch (SQLException e) {
      // The listener reconnects; the next check catches up.
    }
  }

  private Account load(Connection c, String accountId, long version) throws SQLException {
    AccountTables.Stored stored = AccountTables.read(c, accountId);
    if (stored == null) {
      return null;
    }
    try {
      return decode(stored);
    } catch (InvalidPolicyException e) {
      if (refusedVersions.add(accountId + ":" + stored.version())) {
        RefusedChange refused = new RefusedChange(audit.now(), source + "/" + accountId, e.problems());
        audit.refused(refused);
        refusals.forEach(l -> l.accept(refused));
      }
      return null;
    }
  }

  private Account decode(AccountTables.Stored stored) {
    Account a = files.read(stored.document(), "postgresql:account/" + stored.accountId(), null);
    return a.toBuilder().version(stored.version()).build();
  }

  private String render(Account account) {
    String text = files.render(account, AccountFiles.Format.JSON);
    files.read(text, "postgresql:account/" + account.accountId(), null);
    return text;
  }

  private static void rollbackQuietly(Connection c, Exception failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** SQL states of a lost connection: class 08, or the server ending the session (57P01-57P03). */
  private static boolean isConnectionFailure(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }

  /** A transaction that failed on a broken connection before anything was committed. */
  private static final class BrokenBeforeCommit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BrokenBeforeCommit(SQLException cause) {
      super(cause);
    }
  }

  /** Puts an account this instance wrote in force, unless a newer version already is. */
  private synchronized void install(Account account) {
    Account known = current.account(account.accountId()).orElse(null);
    if (known != null && known.version() >= account.version()) {
      return;
    }
    current = current.with(account);
    Accounts now = current;
    listeners.forEach(l -> l.accept(now));
  }

  /** Opens a store: see {@link PostgresStoreBuilder#open()}. */
  static PostgresAccountStore start(PostgresStoreBuilder b) {
    PostgresAccountStore store = new PostgresAccountStore(b);
    store.start();
    return store;
  }

  private void start() {
    // A direct connection: a wrong URL or user fails at once, not after the pool's timeout.
    try (Connection c = connect.call()) {
      Schema.migrate(c);
    } catch (Exception e) {
      pool.close();
      throw new StoreException("cannot prepare the Gatehouse schema in " + source + ": " + e.getMessage(), e);
    }
    check();
    listener.start();
  }
}
