package io.gatehouse.store;

import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.ProblemList;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code store:} section of {@code gatehouse.yaml}:
 *
 * <pre>{@code
 * store: {type: file, path: accounts/, encryptionKeyFile: /etc/gatehouse/secrets.key}
 * store: {type: postgresql, url: "jdbc:postgresql://db/gatehouse", user: gatehouse,
 *         passwordEnv: GATEHOUSE_DB_PASSWORD, encryptionKeyEnv: GATEHOUSE_SECRETS_KEY}
 * }</pre>
 *
 * Every problem is added to the read's problem list with its place ({@code file:line:column:
 * store.type: ...}); the keys each type accepts come from its {@link AccountStoreProvider}, so a
 * type whose module is missing is reported as unknown. Thread-safe.
 */
public final class StoreSettingsReader {
  private final AccountStores stores;

  /** A reader that accepts the types of {@code stores}. */
  public StoreSettingsReader(AccountStores stores) {
    this.stores = stores;
  }

  /**
   * Reads the section.
   *
   * @param node the value of {@code store:}
   * @param path its path, e.g. {@code store}
   * @param baseDir the configuration file's directory
   * @return the settings, or empty after adding problems
   */
  public Optional<StoreSettings> read(LocatedNode node, NodePath path, Path baseDir, ProblemList problems) {
    if (!(node instanceof LocatedObject o)) {
      problems.add(node.location(), path, "expected an object such as {type: file, path: accounts/}");
      return Optional.empty();
    }
    int before = problems.size();
    Map<String, String> values = new LinkedHashMap<>();
    for (LocatedObject.Entry e : o.entries()) {
      if (e.value() instanceof LocatedScalar s && !s.text().isEmpty()) {
        values.put(e.key(), s.text());
      } else {
        problems.add(e.value().location(), path.key(e.key()), "expected a non-empty string or number");
      }
    }
    String type = values.remove("type");
    if (type == null) {
      if (o.get("type") == null) {
        problems.add(o.location(), path, "missing \"type\" (one of " + stores.types() + ")");
      }
      return Optional.empty();
    }
    Optional<AccountStoreProvider> provider = stores.provider(type);
    if (provider.isEmpty()) {
      problems.add(o.get("type").location(), path.key("type"), "unknown store type "
          + LocatedScalar.quote(type) + "; known: " + stores.types()
          + (type.equals("postgresql") ? " (add gatehouse-store-postgresql to the class path)" : ""));
      return Optional.empty();
    }
    Set<String> allowed = new TreeSet<>(provider.get().requiredKeys());
    allowed.addAll(provider.get().optionalKeys());
    allowed.add(StoreSettings.KEY_FILE);
    allowed.add(StoreSettings.KEY_ENV);
    for (String k : values.keySet()) {
      if (!allowed.contains(k)) {
        problems.add(o.entry(k).keyLocation(), path.key(k), "unknown key for a " + type + " store; expected "
            + allowed);
      }
    }
    for (String k : new TreeSet<>(provider.get().requiredKeys())) {
      if (!values.containsKey(k) && o.get(k) == null) {
        problems.add(o.location(), path, "missing \"" + k + "\" for a " + type + " store");
      }
    }
    boolean file = values.containsKey(StoreSettings.KEY_FILE);
    boolean env = values.containsKey(StoreSettings.KEY_ENV);
    if (file == env) {
      problems.add(o.location(), path, "give exactly one of \"" + StoreSettings.KEY_FILE + "\" and \""
          + StoreSettings.KEY_ENV + "\": secrets are stored encrypted with the operator's key");
    }
    if (problems.size() != before) {
      return Optional.empty();
    }
    String where = o.location().source() + ":" + o.location().line() + ":" + o.location().column();
    return Optional.of(new StoreSettings(type, values, baseDir, where));
  }
}
