package io.gatehouse.store;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Accounts held in memory only, for tests and for applications that build their accounts in code. */
public final class InMemoryAccountStore implements AccountStore {
  private final AtomicReference<Accounts> current;
  private final List<Consumer<Accounts>> listeners = new CopyOnWriteArrayList<>();

  /** A store holding the given accounts. */
  public InMemoryAccountStore(Accounts initial) {
    this.current = new AtomicReference<>(initial);
  }

  @Override
  public Accounts snapshot() {
    return current.get();
  }

  @Override
  public synchronized Account update(String accountId, UnaryOperator<Account> change) {
    Accounts before = current.get();
    Account old = before.account(accountId)
        .orElseThrow(() -> new NoSuchElementException("no account " + accountId));
    Account updated = change.apply(old);
    if (!updated.accountId().equals(accountId)) {
      throw new IllegalArgumentException("a change cannot move account " + accountId);
    }
    Accounts after = before.with(updated);
    current.set(after);
    listeners.forEach(l -> l.accept(after));
    return updated;
  }

  @Override
  public void addListener(Consumer<Accounts> listener) {
    listeners.add(listener);
  }

  @Override
  public void close() {}
}
