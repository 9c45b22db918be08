package io.gatehouse.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every account Gatehouse knows, by id: one for a single application, several for cross-account
 * set-ups. An immutable snapshot.
 */
public final class Accounts {
  private final Map<String, Account> byId;

  private Accounts(Map<String, Account> byId) {
    this.byId = byId;
  }

  /**
   * A snapshot of the given accounts.
   *
   * @throws IllegalArgumentException if two accounts have the same id
   */
  public static Accounts of(Collection<Account> accounts) {
    Map<String, Account> m = new LinkedHashMap<>();
    for (Account a : accounts) {
      if (m.put(a.accountId(), a) != null) {
        throw new IllegalArgumentException("account " + a.accountId() + " is given twice");
      }
    }
    return new Accounts(Collections.unmodifiableMap(m));
  }

  /** A snapshot of the given accounts. */
  public static Accounts of(Account... accounts) {
    return of(List.of(accounts));
  }

  /** The account with this id. */
  public Optional<Account> account(String accountId) {
    return Optional.ofNullable(byId.get(accountId));
  }

  /** Every account. */
  public Collection<Account> all() {
    return byId.values();
  }

  /** The same snapshot with one account added or replaced. */
  public Accounts with(Account account) {
    Map<String, Account> m = new LinkedHashMap<>(byId);
    m.put(account.accountId(), account);
    return new Accounts(Collections.unmodifiableMap(m));
  }

  /** The account that owns an access key, with the key. */
  public Optional<AccessKey> accessKey(String accessKeyId) {
    for (Account a : byId.values()) {
      Optional<AccessKey> k = a.accessKey(accessKeyId);
      if (k.isPresent()) {
        return k;
      }
    }
    return Optional.empty();
  }

  /** The account that owns an access key. */
  public Optional<Account> accountOfAccessKey(String accessKeyId) {
    for (Account a : byId.values()) {
      if (a.accessKey(accessKeyId).isPresent()) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Accounts" + byId.keySet();
  }
}
