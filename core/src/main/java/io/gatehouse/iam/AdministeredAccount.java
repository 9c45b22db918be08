package io.gatehouse.iam;

import io.gatehouse.identity.AccessKeyGenerator;
import io.gatehouse.identity.Account;
import io.gatehouse.store.AccountStore;
import io.gatehouse.store.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The account an {@link IamService} administers, as its operations see it: reads from the store's
 * current snapshot, changes through {@link AccountStore#update}, which applies them one at a time to
 * the latest account and saves each before returning, so concurrent changes never lose one another.
 * A change function checks everything and throws an {@link IamException} before it builds the new
 * account; a change that throws saves nothing.
 */
final class AdministeredAccount {
  private final AccountStore store;
  private final String accountId;
  private final Clock clock;
  private final AccessKeyGenerator ids;
  private final IamQuotas quotas;

  AdministeredAccount(AccountStore store, String accountId, Clock clock, AccessKeyGenerator ids, IamQuotas quotas) {
    this.store = Objects.requireNonNull(store, "store");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.quotas = Objects.requireNonNull(quotas, "quotas");
  }

  /** The account as it is now. */
  Account read() {
    return store.snapshot().account(accountId)
        .orElseThrow(() -> IamException.serviceFailure(new NoSuchElementException("no account " + accountId)));
  }

  /**
   * Applies a change to the latest account and saves it.
   *
   * @return the account as saved
   * @throws IamException what the change throws, or {@code ServiceFailure} if the change could not
   *     be saved or broke the account's integrity
   */
  Account change(UnaryOperator<Account> change) {
    try {
      return store.update(accountId, change);
    } catch (IamException e) {
      throw e;
    } catch (StoreException | NoSuchElementException | IllegalArgumentException e) {
      // Every rule Account.Builder checks is checked here first, so a refused build is a defect.
      throw IamException.serviceFailure(e);
    }
  }

  /** The current time. */
  Instant now() {
    return clock.instant();
  }

  /** The account id. */
  String accountId() {
    return accountId;
  }

  /** {@code arn:aws:iam::ACCOUNT:RESOURCE}. */
  String arn(String resource) {
    return "arn:aws:iam::" + accountId + ":" + resource;
  }

  /** The generator of unique ids and access keys. */
  AccessKeyGenerator ids() {
    return ids;
  }

  /** The quotas in force. */
  IamQuotas quotas() {
    return quotas;
  }
}
