package io.gatehouse.store;

import io.gatehouse.Authorizer;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.ResourcePolicyProvider;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The {@link AccountAuthorizer} of a store's current snapshot, for hosts that decide requests while
 * the store changes. Each new snapshot is compiled first and then swapped in through one volatile
 * reference, so a decision always runs against one whole, compiled snapshot and never waits for a
 * compilation; a snapshot that fails to compile is reported and the last good one stays in force.
 *
 * <pre>{@code
 * LiveAuthorizer live = LiveAuthorizer.over(store, Authorizer.standard(), ResourcePolicyProvider.NONE,
 *     Clock.systemUTC(), failure -> log.error("snapshot not in force", failure));
 * Enforcer enforcer = new Enforcer(live::current, ...);   // or live.current().decide(...)
 * }</pre>
 */
public final class LiveAuthorizer {
  private final Consumer<RuntimeException> onFailure;
  private volatile AccountAuthorizer current;

  private LiveAuthorizer(AccountAuthorizer first, Consumer<RuntimeException> onFailure) {
    this.current = first;
    this.onFailure = onFailure;
  }

  /**
   * Compiles the store's snapshot and follows its changes.
   *
   * @param onFailure told of each snapshot that could not be compiled (the previous one stays)
   * @throws RuntimeException if the store's first snapshot cannot be compiled
   */
  public static LiveAuthorizer over(AccountStore store, Authorizer authorizer,
      ResourcePolicyProvider resourcePolicies, Clock clock, Consumer<RuntimeException> onFailure) {
    Accounts first = store.snapshot();
    AccountAuthorizer seed = new AccountAuthorizer(() -> first, authorizer, resourcePolicies, clock);
    LiveAuthorizer live = new LiveAuthorizer(seed.compiledFor(first), Objects.requireNonNull(onFailure));
    store.addListener(live::accept);
    // A change that landed between the first snapshot and the listener's registration.
    live.accept(store.snapshot());
    return live;
  }

  /** The authorizer of the snapshot in force: decide with one instance for one whole request. */
  public AccountAuthorizer current() {
    return current;
  }

  /** The snapshot in force. */
  public Accounts accounts() {
    return current.snapshot();
  }

  private synchronized void accept(Accounts next) {
    AccountAuthorizer now = current;
    if (now.snapshot() == next) {
      return;
    }
    try {
      current = now.compiledFor(next);
    } catch (RuntimeException e) {
      onFailure.accept(e);
    }
  }
}
