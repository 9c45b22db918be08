package io.gatehouse.http;

import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.audit.PrincipalIds;
import io.gatehouse.identity.Accounts;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.store.AccountStore;
import io.gatehouse.store.AccountStores;
import io.gatehouse.store.FileAccountStore;
import io.gatehouse.store.StoreServices;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The account store and the audit trail that {@link CommonSettings} name, opened together because
 * each needs the other: the trail names principals from the store's accounts, and the store audits
 * its reloads and refused edits in the trail. Account files of {@code accounts} are watched and
 * reloaded on edits (an edit that does not read keeps the accounts in force, and is audited).
 *
 * @param store the account store, which follows edits
 * @param audit the audit trail
 */
public record StoreAndTrail(AccountStore store, Log4jAuditTrail audit) implements AutoCloseable {
  /** How often account files of {@code accounts} are checked for edits the file system did not report. */
  public static final Duration ACCOUNT_FILE_POLL = Duration.ofSeconds(1);

  /** Checks the parts. */
  public StoreAndTrail {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(audit, "audit");
  }

  /**
   * Opens the store and the trail.
   *
   * @param stores the store types that {@code store:} may name
   * @param environment where {@code *Env} settings (keys, passwords) are looked up
   * @throws IllegalArgumentException if the accounts or a store setting cannot be used, with every
   *     problem as {@code file:line:column: path: message}
   * @throws io.gatehouse.store.StoreException if the store cannot be reached or read
   */
  public static StoreAndTrail open(CommonSettings settings, AccountStores stores, Map<String, String> environment,
      Clock clock) {
    AtomicReference<AccountStore> opened = new AtomicReference<>();
    Log4jAuditTrail audit = Log4jAuditTrail.open(settings.audit(), PrincipalIds.of(() -> {
      AccountStore s = opened.get();
      return s == null ? Accounts.of() : s.snapshot();
    }));
    ChangeEvents events = new ChangeEvents(audit, clock);
    try {
      AccountStore store = settings.store().isPresent()
          ? stores.open(settings.store().get(), new StoreServices(events, clock), environment)
          : FileAccountStore.builder(settings.accountFiles()).watch(ACCOUNT_FILE_POLL).audit(events, clock).open();
      opened.set(store);
      return new StoreAndTrail(store, audit);
    } catch (InvalidPolicyException e) {
      audit.close();
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (RuntimeException e) {
      audit.close();
      throw e;
    }
  }

  /** Closes the store (its watcher or connections), then the trail. */
  @Override
  public void close() {
    try {
      store.close();
    } finally {
      audit.close();
    }
  }
}
