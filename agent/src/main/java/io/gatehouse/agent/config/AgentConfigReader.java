package io.gatehouse.agent.config;

import io.gatehouse.Principal;
import io.gatehouse.agent.enforce.ResourceTemplate;
import io.gatehouse.http.CommonSettings;
import io.gatehouse.http.CommonSettingsReader;
import io.gatehouse.http.HttpSettings;
import io.gatehouse.http.HttpSettingsReader;
import io.gatehouse.policy.InvalidPolicyException;
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
import io.gatehouse.store.AccountStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the agent's {@code gatehouse.yaml} (or JSON), reporting every problem with its file, line,
 * column and path:
 *
 * <pre>{@code
 * accounts: [accounts/shop.yaml]          # relative to this file, reloaded on edits; or store: {...}
 * mode: enforce                           # or report-only
 * principal: arn:aws:sts::123456789012:assumed-role/batch/nightly   # when no context is bound
 * audit: {directory: logs, allow: all, failClosed: true}             # AuditOptions.fromSettings
 * pointcuts:
 *   - {class: com.acme.Billing, method: "delete*", action: billing:DeleteInvoice,
 *      resource: "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{0}"}
 * }</pre>
 *
 * <p>With {@code routes} (and {@code unmatched}, {@code authentication}, read by {@link
 * HttpSettingsReader} as the servlet filter reads them), the agent also enforces HTTP requests on
 * servlet dispatch. Unknown keys are errors. Paths ({@code accounts}, {@code audit.directory}, {@code
 * audit.log4jConfig}) are resolved against the configuration file's directory; without {@code
 * audit}, the trail is written next to the configuration file.
 */
public final class AgentConfigReader {
  private static final List<String> KEYS = Stream.of(CommonSettingsReader.KEYS, List.of("principal", "pointcuts"),
      HttpSettingsReader.KEYS).flatMap(List::stream).toList();
  private static final List<String> POINTCUT_KEYS = List.of("class", "method", "action", "resource");

  private final DocumentReader documents = new DocumentReader(ReadLimits.defaults());
  private final AccountStores stores;

  /** A reader that accepts the store types found on the class path of the agent. */
  public AgentConfigReader() {
    this(AccountStores.standard(AgentConfigReader.class.getClassLoader()));
  }

  /** A reader that accepts the given store types in {@code store:}. */
  public AgentConfigReader(AccountStores stores) {
    this.stores = stores;
  }

  /**
   * Reads a configuration file.
   *
   * @throws InvalidPolicyException with every problem found
   * @throws UncheckedIOException if the file cannot be read
   */
  public AgentConfig read(Path file) {
    ProblemList problems = new ProblemList();
    String source = file.toString();
    String text;
    try {
      if (!Files.isRegularFile(file)) {
        problems.addForDocument(source, "the agent's configuration file does not exist");
        problems.throwIfAny();
      }
      text = documents.readText(file, source, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LocatedNode root = text == null ? null : documents.read(text, source,
        source.endsWith(".json") ? DocumentFormat.JSON : DocumentFormat.YAML, problems);
    AgentConfig config = root == null ? null : new Reading(file, problems, stores).config(root);
    problems.throwIfAny();
    return config;
  }

  /** The state of reading one file. */
  private static final class Reading {
    private final Path base;
    private final ProblemList problems;
    private final AccountStores stores;

    Reading(Path file, ProblemList problems, AccountStores stores) {
      this.stores = stores;
      Path parent = file.toAbsolutePath().getParent();
      this.base = parent == null ? Path.of("") : parent;
      this.problems = problems;
    }

    AgentConfig config(LocatedNode root) {
      NodePath path = NodePath.root();
      if (!(root instanceof LocatedObject top)) {
        problems.add(root.location(), path, "expected an object with " + String.join(", ", KEYS));
        return null;
      }
      for (LocatedObject.Entry e : top.entries()) {
        if (!KEYS.contains(e.key())) {
          problems.add(e.keyLocation(), path.key(e.key()), "unknown key \"" + e.key() + "\""
              + SpellingHint.didYouMean(e.key(), KEYS));
        }
      }
      CommonSettings common = new CommonSettingsReader(stores).read(top, path, base, problems);
      Optional<String> principal = principal(top.get("principal"), path.key("principal"));
      List<Pointcut> pointcuts = pointcuts(top.get("pointcuts"), path.key("pointcuts"));
      Optional<HttpSettings> http = HttpSettingsReader.KEYS.stream().anyMatch(k -> top.get(k) != null)
          ? Optional.ofNullable(new HttpSettingsReader().read(top, path, problems)) : Optional.empty();
      if (!problems.isEmpty()) {
        return null;
      }
      return new AgentConfig(common, principal, pointcuts, http);
    }

    Optional<String> principal(LocatedNode node, NodePath path) {
      String arn = node == null ? null : string(node, path);
      if (arn == null || arn.equals("anonymous")) {
        return Optional.empty();
      }
      try {
        Principal.fromArn(arn);
      } catch (IllegalArgumentException e) {
        problems.add(node.location(), path, e.getMessage());
      }
      return Optional.of(arn);
    }

    List<Pointcut> pointcuts(LocatedNode node, NodePath path) {
      List<Pointcut> out = new ArrayList<>();
      if (node == null) {
        return out;
      }
      if (!(node instanceof LocatedArray list)) {
        problems.add(node.location(), path, "expected an array of pointcuts");
        return out;
      }
      for (int i = 0; i < list.elements().size(); i++) {
        Pointcut p = pointcut(list.elements().get(i), path.index(i));
        if (p != null) {
          out.add(p);
        }
      }
      return out;
    }

    Pointcut pointcut(LocatedNode node, NodePath path) {
      if (!(node instanceof LocatedObject o)) {
        problems.add(node.location(), path, "expected an object with class, method, action and resource");
        return null;
      }
      for (LocatedObject.Entry e : o.entries()) {
        if (!POINTCUT_KEYS.contains(e.key())) {
          problems.add(e.keyLocation(), path.key(e.key()), "unknown key \"" + e.key() + "\""
              + SpellingHint.didYouMean(e.key(), POINTCUT_KEYS));
        }
      }
      String type = required(o, "class", path);
      String method = required(o, "method", path);
      String action = required(o, "action", path);
      String resource = o.get("resource") == null ? "*" : string(o.get("resource"), path.key("resource"));
      if (action != null && (action.indexOf(':') <= 0 || action.endsWith(":"))) {
        problems.add(o.get("action").location(), path.key("action"), "expected SERVICE:ACTION, found \"" + action + "\"");
      }
      if (resource != null) {
        try {
          ResourceTemplate.parse(resource);
        } catch (IllegalArgumentException e) {
          problems.add(o.get("resource").location(), path.key("resource"), e.getMessage());
        }
      }
      if (type == null || method == null || action == null || resource == null) {
        return null;
      }
      return new Pointcut(type, method, action, resource);
    }

    String required(LocatedObject o, String key, NodePath path) {
      LocatedNode v = o.get(key);
      if (v == null) {
        problems.add(o.location(), path.key(key), "missing \"" + key + "\"");
        return null;
      }
      String s = string(v, path.key(key));
      if (s != null && s.isBlank()) {
        problems.add(v.location(), path.key(key), "expected a non-empty string");
        return null;
      }
      return s;
    }

    String string(LocatedNode node, NodePath path) {
      if (node instanceof LocatedScalar s && s.kind() != ScalarKind.NULL) {
        return s.text();
      }
      problems.add(node.location(), path, "expected a string");
      return null;
    }
  }
}
