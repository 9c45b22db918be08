package io.gatehouse.store;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Where the accounts live. Decisions read immutable snapshots, swapped atomically when a change
 * lands, so a decision never sees half of a change; writes are applied to the latest snapshot and
 * saved durably before {@link #update} returns.
 */
public interface AccountStore extends AutoCloseable {

  /** The current snapshot of every account. */
  Accounts snapshot();

  /**
   * Changes one account: {@code change} receives the current account and returns the new one
   * (normally built with {@link Account#toBuilder()}, which increments the version). Changes to one
   * store are applied one at a time, each to the result of the previous one.
   *
   * @return the account as saved
   * @throws java.util.NoSuchElementException if the store has no such account
   * @throws StoreException if the change could not be saved; the previous state is kept
   * @throws RuntimeException whatever {@code change} throws (nothing is saved then)
   */
  Account update(String accountId, UnaryOperator<Account> change);

  /** Registers a listener called with each new snapshot after it is in force. */
  void addListener(Consumer<Accounts> listener);

  /** Releases what the store holds (watchers, connections). */
  @Override
  void close();
}
