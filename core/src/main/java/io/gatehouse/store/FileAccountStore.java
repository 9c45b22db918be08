package io.gatehouse.store;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.policy.InvalidPolicyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Accounts kept in account files (YAML or JSON), one account per file. A change is validated whole,
 * written crash-safely (temporary file, fsync, atomic rename) and only then put in force. A file
 * edited by someone else since this store last read or wrote it is not overwritten: the change is
 * refused, so no edit is lost.
 */
public final class FileAccountStore implements AccountStore {
  private final AccountFiles files = new AccountFiles();
  private final Map<String, Path> pathById = new LinkedHashMap<>();
  private final Map<String, byte[]> digestById = new HashMap<>();
  private final AtomicReference<Accounts> current = new AtomicReference<>();
  private final List<Consumer<Accounts>> listeners = new CopyOnWriteArrayList<>();

  private FileAccountStore() {}

  /**
   * Opens the store over the given account files.
   *
   * @throws InvalidPolicyException with every problem of every file, if any file is invalid
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if two files hold the same account
   */
  public static FileAccountStore open(List<Path> accountFiles) {
    FileAccountStore store = new FileAccountStore();
    List<Account> accounts = new ArrayList<>();
    List<io.gatehouse.policy.PolicyProblem> problems = new ArrayList<>();
    for (Path p : accountFiles) {
      try {
        byte[] bytes = Files.readAllBytes(p);
        Account a = store.files.read(p);
        if (store.pathById.containsKey(a.accountId())) {
          throw new IllegalArgumentException("account " + a.accountId() + " is in both "
              + store.pathById.get(a.accountId()) + " and " + p);
        }
        store.pathById.put(a.accountId(), p);
        store.digestById.put(a.accountId(), digest(bytes));
        accounts.add(a);
      } catch (InvalidPolicyException e) {
        problems.addAll(e.problems());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(problems);
    }
    store.current.set(Accounts.of(accounts));
    return store;
  }

  /** The file that holds an account. */
  public Path fileOf(String accountId) {
    Path p = pathById.get(accountId);
    if (p == null) {
      throw new NoSuchElementException("no account " + accountId);
    }
    return p;
  }

  @Override
  public Accounts snapshot() {
    return current.get();
  }

  @Override
  public synchronized Account update(String accountId, UnaryOperator<Account> change) {
    Accounts before = current.get();
    Account old = before.account(accountId).orElseThrow(() -> new NoSuchElementException("no account " + accountId));
    Path file = fileOf(accountId);
    Account updated = change.apply(old);
    if (updated == old) {
      return old;
    }
    try {
      if (!MessageDigest.isEqual(digest(Files.readAllBytes(file)), digestById.get(accountId))) {
        throw new StoreException(file + " was changed by someone else since it was read; reload it and retry"
            + " (the change was not saved)");
      }
      files.write(updated, file);
      digestById.put(accountId, digest(Files.readAllBytes(file)));
    } catch (IOException | UncheckedIOException e) {
      throw new StoreException("could not save " + file + "; the previous content is kept", e);
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

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
