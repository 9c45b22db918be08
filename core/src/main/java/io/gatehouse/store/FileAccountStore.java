package io.gatehouse.store;

import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.SecretEncryption;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.store.internal.AccountFileSet;
import io.gatehouse.store.internal.DirectoryLock;
import io.gatehouse.store.internal.FileChangeWatcher;
import io.gatehouse.store.internal.StoreAudit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Accounts kept in account files (YAML or JSON, one account per file): given files, folders of
 * files ({@code *.yaml}, {@code *.yml}, {@code *.json}; names starting with a dot are skipped), or
 * both. The default store.
 *
 * <p><b>Hot reload.</b> A store opened with {@link Builder#watch} picks up edits on disk within
 * about a second: a {@link java.nio.file.WatchService} on the directories reports changes (read
 * after 100 ms without further events, so a file written in steps is read whole) and a poll at
 * every interval catches events the watcher missed. The files are validated whole; a valid set is
 * swapped in as one new snapshot, an invalid one is refused with every problem as {@code
 * file:line:column: path: message}, the last good snapshot stays in force, and the refusal goes to
 * the refusal listeners and the audit trail.
 *
 * <p><b>Writes.</b> A change is validated whole, written crash-safely (temporary file, fsync,
 * atomic rename) and only then put in force. Writers take a lock in the file's directory ({@code
 * .gatehouse.lock}), also across processes, and a file whose content differs from what this store
 * last read or wrote (an edit on disk, another instance's write) is not overwritten: the change is
 * refused with a {@link StaleVersionException}, so no edit is lost; once the store has reloaded the
 * file, the change can be made again on the fresh version.
 *
 * <p><b>Secrets.</b> With {@link Builder#encryption} every write encrypts access key secrets, TOTP
 * seeds and signing keys (see {@link SecretEncryption}); hand-written clear values still read.
 */
public final class FileAccountStore implements AccountStore {
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

  private final AccountFileSet files;
  private final StoreAudit audit;
  private final List<Consumer<Accounts>> listeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<RefusedChange>> refusals = new CopyOnWriteArrayList<>();
  private volatile AccountFileSet.State state;
  private String lastRefused;
  private final java.util.concurrent.atomic.AtomicReference<FileChangeWatcher> watcher =
      new java.util.concurrent.atomic.AtomicReference<>();

  private FileAccountStore(AccountFileSet files, StoreAudit audit, AccountFileSet.State initial) {
    this.files = files;
    this.audit = audit;
    this.state = initial;
  }

  /**
   * Opens the store over the given account files, without watching them and without an encryption
   * key (secrets are then written in clear: for tools and tests).
   *
   * @throws InvalidPolicyException with every problem of every file, if any file is invalid
   * @throws UncheckedIOException if a file cannot be read
   */
  public static FileAccountStore open(List<Path> accountFiles) {
    return builder(accountFiles).open();
  }

  /** A builder for a store over account files and folders of account files. */
  public static Builder builder(List<Path> filesOrFolders) {
    return new Builder(filesOrFolders);
  }

  /** The file that holds an account. */
  public Path fileOf(String accountId) {
    Path p = state.pathById().get(accountId);
    if (p == null) {
      throw new NoSuchElementException("no account " + accountId);
    }
    return p;
  }

  @Override
  public Accounts snapshot() {
    return state.accounts();
  }

  @Override
  public synchronized Account update(String accountId, UnaryOperator<Account> change) {
    AccountFileSet.State before = state;
    Account old = before.accounts().account(accountId)
        .orElseThrow(() -> new NoSuchElementException("no account " + accountId));
    Path file = fileOf(accountId);
    Account updated = change.apply(old);
    if (updated == old) {
      return old;
    }
    if (!updated.accountId().equals(accountId)) {
      throw new IllegalArgumentException("a change cannot move account " + accountId);
    }
    AccountFileSet.State after;
    try (DirectoryLock lock = DirectoryLock.acquire(file.toAbsolutePath().getParent(), LOCK_TIMEOUT)) {
      // Checked first to refuse early, and again at the rename, so that an edit made while the new
      // content was rendered and validated is not overwritten.
      if (!before.isCurrent(file, Files.readAllBytes(file))
          || !files.accountFiles().writeIfUnchanged(updated, file, content -> before.isCurrent(file, content))) {
        throw new StaleVersionException(file + " was changed by someone else since it was read;"
            + " the change was not saved: make it again once the store has reloaded the file");
      }
      after = before.with(updated, file, Files.readAllBytes(file));
    } catch (IOException | UncheckedIOException e) {
      throw new StoreException("could not save " + file + "; the previous content is kept", e);
    }
    state = after;
    listeners.forEach(l -> l.accept(after.accounts()));
    return updated;
  }

  /**
   * Reads the files now and puts a changed, valid set in force; an invalid set is refused and
   * reported (once per distinct content). The watcher calls this; so may tests and tools.
   */
  public synchronized void reload() {
    AccountFileSet.Result result = files.load(state);
    if (result.unchanged()) {
      lastRefused = null;
      return;
    }
    if (!result.problems().isEmpty()) {
      if (!result.fingerprint().equals(lastRefused)) {
        lastRefused = result.fingerprint();
        RefusedChange refused = new RefusedChange(audit.now(), files.describe(), result.problems());
        audit.refused(refused);
        refusals.forEach(l -> l.accept(refused));
      }
      return;
    }
    lastRefused = null;
    AccountFileSet.State after = result.state();
    state = after;
    audit.reloaded(files.describe(), after.accounts());
    listeners.forEach(l -> l.accept(after.accounts()));
  }

  @Override
  public void addListener(Consumer<Accounts> listener) {
    listeners.add(listener);
  }

  @Override
  public void addRefusalListener(Consumer<RefusedChange> listener) {
    refusals.add(listener);
  }

  /** Stops watching; not synchronized, so that a reload in progress can finish meanwhile. */
  @Override
  public void close() {
    FileChangeWatcher w = watcher.getAndSet(null);
    if (w != null) {
      w.close();
    }
  }

  /** Configures a {@link FileAccountStore}. Not thread-safe. */
  public static final class Builder {
    private final List<Path> roots;
    private SecretEncryption encryption = SecretEncryption.none();
    private Duration poll;
    private ChangeEvents changeEvents = ChangeEvents.none();
    private Clock clock = Clock.systemUTC();

    private Builder(List<Path> roots) {
      this.roots = List.copyOf(roots);
      if (this.roots.isEmpty()) {
        throw new IllegalArgumentException("a file store needs at least one account file or folder");
      }
    }

    /** The keys for secrets at rest: every write encrypts with the first. */
    public Builder encryption(SecretEncryption keys) {
      this.encryption = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * Watches the files and folders for edits (hot reload), polling at least every {@code
     * pollInterval} in case the file system's notification misses one.
     */
    public Builder watch(Duration pollInterval) {
      if (pollInterval.isNegative() || pollInterval.isZero()) {
        throw new IllegalArgumentException("the poll interval must be positive");
      }
      this.poll = pollInterval;
      return this;
    }

    /** Where reloads and refused edits are audited (none by default). */
    public Builder audit(ChangeEvents events, Clock eventClock) {
      this.changeEvents = Objects.requireNonNull(events, "events");
      this.clock = Objects.requireNonNull(eventClock, "eventClock");
      return this;
    }

    /**
     * Reads every file and opens the store, watching it if asked.
     *
     * @throws InvalidPolicyException with every problem of every file, if any file is invalid
     *     (an encrypted secret without its key included)
     * @throws UncheckedIOException if a file cannot be read or the folders cannot be watched
     */
    public FileAccountStore open() {
      AccountFileSet set = new AccountFileSet(roots, new AccountFiles().withEncryption(encryption));
      AccountFileSet.Result first = set.load(AccountFileSet.State.EMPTY);
      if (!first.problems().isEmpty()) {
        throw new InvalidPolicyException(first.problems());
      }
      FileAccountStore store = new FileAccountStore(set, new StoreAudit(changeEvents, clock), first.state());
      if (poll != null) {
        Set<Path> dirs = new LinkedHashSet<>(set.directories());
        try {
          store.watcher.set(FileChangeWatcher.start(new ArrayList<>(dirs), store::reload, poll,
              Duration.ofMillis(100)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot watch " + dirs, e);
        }
      }
      return store;
    }
  }
}
