package io.gatehouse.store;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Where the accounts live. Decisions read immutable snapshots, swapped atomically when a change
 * lands, so a decision never sees half of a change; writes are saved durably before they are in
 * force. {@link LiveAuthorizer} keeps the compiled policies of the current snapshot for a host.
 *
 * <p>Versioning is optimistic: every saved change gives the account a higher {@link
 * Account#version()}, and a write based on a version that is no longer the stored one (because an
 * edit on disk or another application instance changed the account in between) is refused with a
 * {@link StaleVersionException}, never merged blindly over the other change.
 */
public interface AccountStore extends AutoCloseable {

  /** The current snapshot of every account. */
  Accounts snapshot();

  /**
   * Changes one account: {@code change} receives the latest version of the account the store knows
   * and returns the new one (normally built with {@link Account#toBuilder()}, which increments the
   * version). Changes through one store are applied one at a time, each to the result of the
   * previous one. A store shared with other writers either runs {@code change} on the freshly
   * stored version or refuses; it never overwrites a change it has not seen.
   *
   * @return the account as saved
   * @throws java.util.NoSuchElementException if the store has no such account
   * @throws StaleVersionException if the stored account changed behind this store's back (an edit
   *     on disk not yet loaded); nothing is saved
   * @throws StoreException if the change could not be saved; the previous state is kept
   * @throws RuntimeException whatever {@code change} throws (nothing is saved then)
   */
  Account update(String accountId, UnaryOperator<Account> change);

  /**
   * Saves a new version of an account made from the version before it: {@code account.version()}
   * must be exactly one more than the stored account's version (as {@code
   * snapshot().account(id).get().toBuilder()...build()} gives).
   *
   * @return the account as saved
   * @throws StaleVersionException if the stored version is not {@code account.version() - 1}: the
   *     change was based on an old version and is refused, not merged
   * @throws java.util.NoSuchElementException if the store has no such account
   * @throws StoreException if the change could not be saved
   */
  default Account save(Account account) {
    return update(account.accountId(), stored -> {
      if (stored.version() != account.version() - 1) {
        throw new StaleVersionException("account " + account.accountId() + " is at version "
            + stored.version() + ", but the change was made from version " + (account.version() - 1)
            + "; read it again and redo the change (nothing was saved)");
      }
      return account;
    });
  }

  /** Registers a listener called with each new snapshot after it is in force. */
  void addListener(Consumer<Accounts> listener);

  /**
   * Registers a listener told of each change found in the backing storage that was refused as
   * invalid (the last good snapshot stays in force). Stores that take changes only through {@link
   * #update} never call it.
   */
  default void addRefusalListener(Consumer<RefusedChange> listener) {}

  /** Releases what the store holds (watchers, connections). */
  @Override
  void close();
}
