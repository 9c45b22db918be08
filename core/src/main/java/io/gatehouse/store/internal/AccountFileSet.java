package io.gatehouse.store.internal;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The account files of a file store: the given files, and the account files in the given folders.
 * Loads them whole into a {@link State}, reusing the accounts of files whose content did not
 * change. Thread-safe (immutable).
 */
public final class AccountFileSet {
  private final List<Path> roots;
  private final AccountFiles accountFiles;

  /** A set over files and folders, read and written with {@code accountFiles}. */
  public AccountFileSet(List<Path> roots, AccountFiles accountFiles) {
    this.roots = List.copyOf(roots);
    this.accountFiles = accountFiles;
  }

  /** The reader and writer of the files. */
  public AccountFiles accountFiles() {
    return accountFiles;
  }

  /** The files and folders, for messages. */
  public String describe() {
    return roots.size() == 1 ? roots.get(0).toString() : roots.toString();
  }

  /** The directories whose entries hold the set's files. */
  public List<Path> directories() {
    List<Path> out = new ArrayList<>();
    for (Path r : roots) {
      Path dir = Files.isDirectory(r) ? r : r.toAbsolutePath().getParent();
      if (!out.contains(dir)) {
        out.add(dir);
      }
    }
    return out;
  }

  /** Reads every file; the result tells whether anything changed since {@code previous}. */
  public Result load(State previous) {
    List<PolicyProblem> problems = new ArrayList<>();
    Map<Path, byte[]> contents = new LinkedHashMap<>();
    for (Path file : files(problems)) {
      try {
        contents.put(file, Files.readAllBytes(file));
      } catch (IOException e) {
        problems.add(new PolicyProblem(file.toString(), 0, 0, "", "cannot read the file: " + e));
      }
    }
    Map<Path, Entry> entries = new LinkedHashMap<>();
    StringBuilder fingerprint = new StringBuilder();
    boolean unchanged = problems.isEmpty() && contents.size() == previous.entries.size();
    for (Map.Entry<Path, byte[]> c : contents.entrySet()) {
      byte[] digest = digest(c.getValue());
      fingerprint.append(c.getKey()).append('=').append(HexFormat.of().formatHex(digest)).append(';');
      Entry old = previous.entries.get(c.getKey());
      if (old != null && MessageDigest.isEqual(old.digest, digest)) {
        entries.put(c.getKey(), old);
      } else {
        unchanged = false;
        entries.put(c.getKey(), new Entry(digest, read(c.getKey(), c.getValue(), problems)));
      }
    }
    if (unchanged) {
      return new Result(true, previous, List.of(), fingerprint.toString());
    }
    Map<String, Path> pathById = new LinkedHashMap<>();
    List<Account> accounts = new ArrayList<>();
    for (Map.Entry<Path, Entry> e : entries.entrySet()) {
      Account a = e.getValue().account;
      if (a == null) {
        continue;
      }
      Path other = pathById.putIfAbsent(a.accountId(), e.getKey());
      if (other != null) {
        problems.add(new PolicyProblem(e.getKey().toString(), 0, 0, "",
            "account " + a.accountId() + " is also in " + other));
        continue;
      }
      // A changed account gets the next version after the one in force.
      Account before = previous.accounts.account(a.accountId()).orElse(null);
      if (before != null && before != a) {
        a = a.toBuilder().version(before.version() + 1).build();
        e.setValue(new Entry(e.getValue().digest, a));
      }
      accounts.add(a);
    }
    if (!problems.isEmpty()) {
      return new Result(false, previous, problems, fingerprint.toString());
    }
    return new Result(false, new State(Accounts.of(accounts), pathById, entries), List.of(),
        fingerprint.toString());
  }

  private Account read(Path file, byte[] bytes, List<PolicyProblem> problems) {
    try {
      return accountFiles.read(new String(bytes, StandardCharsets.UTF_8), file.toString(),
          file.toAbsolutePath().getParent());
    } catch (InvalidPolicyException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /** The files of the set, in a stable order: the roots' order, each folder's files by name. */
  private List<Path> files(List<PolicyProblem> problems) {
    List<Path> out = new ArrayList<>();
    for (Path r : roots) {
      if (!Files.isDirectory(r)) {
        if (Files.exists(r)) {
          out.add(r);
        } else {
          problems.add(new PolicyProblem(r.toString(), 0, 0, "", "the account file does not exist"));
        }
        continue;
      }
      try (Stream<Path> s = Files.list(r)) {
        s.filter(AccountFileSet::isAccountFile).sorted().forEach(out::add);
      } catch (IOException e) {
        problems.add(new PolicyProblem(r.toString(), 0, 0, "", "cannot list the folder: " + e));
      }
    }
    return out;
  }

  private static boolean isAccountFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && Files.isRegularFile(p)
        && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
  }

  static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The outcome of a load: unchanged, a new state, or problems (the previous state then stays). */
  public record Result(boolean unchanged, State state, List<PolicyProblem> problems, String fingerprint) {}

  private record Entry(byte[] digest, Account account) {}

  /** The accounts in force and the content of the files they were read from. Immutable. */
  public static final class State {
    /** No file read yet. */
    public static final State EMPTY = new State(Accounts.of(), Map.of(), Map.of());

    private final Accounts accounts;
    private final Map<String, Path> pathById;
    private final Map<Path, Entry> entries;

    private State(Accounts accounts, Map<String, Path> pathById, Map<Path, Entry> entries) {
      this.accounts = accounts;
      this.pathById = Collections.unmodifiableMap(new LinkedHashMap<>(pathById));
      this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The accounts. */
    public Accounts accounts() {
      return accounts;
    }

    /** Each account's file. */
    public Map<String, Path> pathById() {
      return pathById;
    }

    /** True if {@code content} is what this state read or wrote for {@code file}. */
    public boolean isCurrent(Path file, byte[] content) {
      Entry e = entries.get(file);
      return e != null && MessageDigest.isEqual(e.digest, digest(content));
    }

    /** The state after {@code account} was written to {@code file} as {@code content}. */
    public State with(Account account, Path file, byte[] content) {
      Map<Path, Entry> e = new LinkedHashMap<>(entries);
      e.put(file, new Entry(digest(content), account));
      return new State(accounts.with(account), pathById, e);
    }
  }
}
