package io.gatehouse.http;

import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.DocumentReader;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.ProblemList;
import io.gatehouse.policy.internal.parse.ReadLimits;
import io.gatehouse.policy.internal.parse.SpellingHint;
import io.gatehouse.store.AccountStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a web application's {@code gatehouse.yaml} (or JSON), reporting every problem with its file,
 * line, column and path:
 *
 * <pre>{@code
 * accounts: [accounts/shop.yaml]          # or store: {...}; see CommonSettingsReader
 * mode: enforce                           # or report-only
 * audit: {directory: logs, allow: all}    # AuditOptions.fromSettings; default: next to this file
 * routes: [...]                           # see HttpSettingsReader
 * unmatched: deny
 * authentication: {...}
 * }</pre>
 *
 * <p>Unknown keys are errors, except the agent's {@code principal} and {@code pointcuts}, so that one
 * file can serve both.
 */
public final class GatehouseConfigReader {
  private static final List<String> AGENT_KEYS = List.of("principal", "pointcuts");

  private final DocumentReader documents = new DocumentReader(ReadLimits.defaults());
  private final AccountStores stores;

  /** Creates a reader that accepts the store types found on the class path of this class's loader. */
  public GatehouseConfigReader() {
    this(AccountStores.standard(GatehouseConfigReader.class.getClassLoader()));
  }

  /** Creates a reader that accepts the given store types in {@code store:}. */
  public GatehouseConfigReader(AccountStores stores) {
    this.stores = stores;
  }

  /**
   * Reads a configuration file.
   *
   * @throws InvalidPolicyException with every problem found
   * @throws UncheckedIOException if the file cannot be read
   */
  public GatehouseConfig read(Path file) {
    ProblemList problems = new ProblemList();
    String source = file.toString();
    String text;
    try {
      if (!Files.isRegularFile(file)) {
        problems.addForDocument(source, "the configuration file does not exist");
        problems.throwIfAny();
      }
      text = documents.readText(file, source, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LocatedNode root = text == null ? null : documents.read(text, source,
        source.endsWith(".json") ? DocumentFormat.JSON : DocumentFormat.YAML, problems);
    GatehouseConfig config = root == null ? null : config(root, file, problems);
    problems.throwIfAny();
    return config;
  }

  private GatehouseConfig config(LocatedNode root, Path file, ProblemList problems) {
    Path parent = file.toAbsolutePath().getParent();
    Path base = parent == null ? Path.of("") : parent;
    NodePath path = NodePath.root();
    List<String> keys = new ArrayList<>(CommonSettingsReader.KEYS);
    keys.addAll(HttpSettingsReader.KEYS);
    if (!(root instanceof LocatedObject top)) {
      problems.add(root.location(), path, "expected an object with " + String.join(", ", keys));
      return null;
    }
    for (LocatedObject.Entry e : top.entries()) {
      if (!keys.contains(e.key()) && !AGENT_KEYS.contains(e.key())) {
        problems.add(e.keyLocation(), path.key(e.key()), "unknown key \"" + e.key() + "\""
            + SpellingHint.didYouMean(e.key(), keys));
      }
    }
    CommonSettings common = new CommonSettingsReader(stores).read(top, path, base, problems);
    HttpSettings http = new HttpSettingsReader().read(top, path, problems);
    return problems.isEmpty() ? new GatehouseConfig(common, http) : null;
  }
}
