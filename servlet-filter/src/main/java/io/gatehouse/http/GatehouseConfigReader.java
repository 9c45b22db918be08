package io.gatehouse.http;

import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.SourceLocation;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.DocumentReader;
import io.gatehouse.policy.internal.parse.LocatedArray;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.ProblemList;
import io.gatehouse.policy.internal.parse.ReadLimits;
import io.gatehouse.policy.internal.parse.ScalarKind;
import io.gatehouse.policy.internal.parse.SpellingHint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a web application's {@code gatehouse.yaml} (or JSON), reporting every problem with its file,
 * line, column and path:
 *
 * <pre>{@code
 * accounts: [accounts/shop.yaml]          # relative to this file
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
  private static final List<String> OWN_KEYS = List.of("accounts", "mode", "audit");
  private static final List<String> AGENT_KEYS = List.of("principal", "pointcuts");

  private final DocumentReader documents = new DocumentReader(ReadLimits.defaults());

  /** Creates a reader. */
  public GatehouseConfigReader() {}

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
    List<String> keys = new ArrayList<>(OWN_KEYS);
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
    List<Path> accounts = accounts(top, path.key("accounts"), base, problems);
    EnforcementMode mode = mode(top.get("mode"), path.key("mode"), problems);
    AuditOptions audit = audit(top.get("audit"), path.key("audit"), top.location(), base, problems);
    HttpSettings http = new HttpSettingsReader().read(top, path, problems);
    return problems.isEmpty() ? new GatehouseConfig(accounts, mode, audit, http) : null;
  }

  private static List<Path> accounts(LocatedObject top, NodePath path, Path base, ProblemList problems) {
    LocatedNode node = top.get("accounts");
    List<Path> out = new ArrayList<>();
    if (node == null) {
      problems.add(top.location(), path, "missing \"accounts\": the account files to decide with");
      return out;
    }
    List<LocatedNode> items = node instanceof LocatedArray a ? a.elements() : List.of(node);
    if (items.isEmpty()) {
      problems.add(node.location(), path, "expected at least one account file");
    }
    for (int i = 0; i < items.size(); i++) {
      NodePath at = node instanceof LocatedArray ? path.index(i) : path;
      String name = string(items.get(i), at, problems);
      if (name != null) {
        Path p = base.resolve(name);
        if (!Files.isRegularFile(p)) {
          problems.add(items.get(i).location(), at, "account file " + p + " does not exist");
        }
        out.add(p);
      }
    }
    return out;
  }

  private static EnforcementMode mode(LocatedNode node, NodePath path, ProblemList problems) {
    String text = node == null ? null : string(node, path, problems);
    if (text == null) {
      return EnforcementMode.ENFORCE;
    }
    try {
      return EnforcementMode.fromName(text);
    } catch (IllegalArgumentException e) {
      problems.add(node.location(), path, e.getMessage());
      return EnforcementMode.ENFORCE;
    }
  }

  private static AuditOptions audit(LocatedNode node, NodePath path, SourceLocation top, Path base,
      ProblemList problems) {
    Map<String, String> settings = new LinkedHashMap<>();
    if (node != null) {
      if (!(node instanceof LocatedObject o)) {
        problems.add(node.location(), path, "expected an object with directory, log4jConfig, allow, deny, failClosed");
        return null;
      }
      for (LocatedObject.Entry e : o.entries()) {
        String value = string(e.value(), path.key(e.key()), problems);
        if (value != null) {
          boolean isPath = e.key().equals("directory") || e.key().equals("log4jConfig");
          settings.put(e.key(), isPath ? base.resolve(value).toString() : value);
        }
      }
    }
    settings.putIfAbsent("directory", base.toString());
    try {
      return AuditOptions.fromSettings(settings);
    } catch (IllegalArgumentException e) {
      problems.add(node == null ? top : node.location(), path, e.getMessage());
      return null;
    }
  }

  private static String string(LocatedNode node, NodePath path, ProblemList problems) {
    if (node instanceof LocatedScalar s && s.kind() != ScalarKind.NULL) {
      return s.text();
    }
    problems.add(node.location(), path, "expected a string");
    return null;
  }
}
