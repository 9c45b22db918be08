package io.gatehouse.http;

import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.policy.SourceLocation;
import io.gatehouse.policy.internal.parse.LocatedArray;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.ProblemList;
import io.gatehouse.policy.internal.parse.ScalarKind;
import io.gatehouse.store.AccountStores;
import io.gatehouse.store.StoreSettings;
import io.gatehouse.store.StoreSettingsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the keys of {@code gatehouse.yaml} shared by the servlet filter and the agent from an
 * already parsed, located document, adding every problem to the caller's list as {@code
 * file:line:column: path: message}:
 *
 * <pre>{@code
 * accounts: [accounts/shop.yaml]          # relative to the file; watched and reloaded on edits
 * store: {type: file, path: accounts/, encryptionKeyFile: secrets.key}   # instead of accounts
 * store: {type: postgresql, url: "jdbc:postgresql://db/gatehouse", user: gatehouse,
 *         passwordEnv: GATEHOUSE_DB_PASSWORD, encryptionKeyEnv: GATEHOUSE_SECRETS_KEY}
 * mode: enforce                           # or report-only
 * audit: {directory: logs, allow: all}    # AuditOptions.fromSettings; default: next to the file
 * }</pre>
 */
public final class CommonSettingsReader {
  /** The top-level keys this reader reads. */
  public static final List<String> KEYS = List.of("accounts", "store", "mode", "audit");

  private final AccountStores stores;

  /** A reader that accepts the store types of {@code stores} (see {@link AccountStores#standard}). */
  public CommonSettingsReader(AccountStores stores) {
    this.stores = stores;
  }

  /**
   * Reads the shared settings of a document's top-level object.
   *
   * @param base the configuration file's directory, against which paths are resolved
   * @return the settings, or null if there were problems
   */
  public CommonSettings read(LocatedObject top, NodePath path, Path base, ProblemList problems) {
    int before = problems.size();
    LocatedNode storeNode = top.get("store");
    List<Path> accounts = List.of();
    Optional<StoreSettings> store = Optional.empty();
    if (storeNode != null && top.get("accounts") != null) {
      problems.add(top.entry("store").keyLocation(), path.key("store"),
          "give either \"accounts\" (account files) or \"store\", not both");
    } else if (storeNode != null) {
      store = new StoreSettingsReader(stores).read(storeNode, path.key("store"), base, problems);
    } else {
      accounts = accounts(top, path.key("accounts"), base, problems);
    }
    EnforcementMode mode = mode(top.get("mode"), path.key("mode"), problems);
    AuditOptions audit = audit(top.get("audit"), path.key("audit"), top.location(), base, problems);
    return problems.size() != before ? null : new CommonSettings(accounts, store, mode, audit);
  }

  private static List<Path> accounts(LocatedObject top, NodePath path, Path base, ProblemList problems) {
    LocatedNode node = top.get("accounts");
    List<Path> out = new ArrayList<>();
    if (node == null) {
      problems.add(top.location(), path, "missing \"accounts\" (the account files to decide with) or \"store\"");
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

  /** A scalar's text, or null after adding a problem. */
  static String string(LocatedNode node, NodePath path, ProblemList problems) {
    if (node instanceof LocatedScalar s && s.kind() != ScalarKind.NULL) {
      return s.text();
    }
    problems.add(node.location(), path, "expected a string");
    return null;
  }
}
