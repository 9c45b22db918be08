package io.gatehouse.docs;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One stated decision of a {@code gatehouse-check} block: the block's settings (which policies in
 * which role, or which account) merged with one entry of its {@code checks} list.
 *
 * <pre>{@code
 * principal: arn:aws:iam::123456789012:user/alice    # or "anonymous"; an entry may override it
 * identity: [orders-reader]                           # policy block names, by role:
 * boundary: staff-boundary                            #   identity, boundary, session,
 * resourcePolicy: [catalogue]                         #   resourcePolicy, scp / rcp (levels)
 * scp: [[root-allow-all], [deny-regions]]
 * account: [shop]                                     # or account blocks (then no policies)
 * checks:
 *   - {action: shop:GetOrder, resource: "arn:...", context: {aws:SourceIp: 203.0.113.7}, expect: Allow}
 *   - {action: shop:DeleteOrder, resource: "*", expect: ExplicitDeny, by: NeverDelete, mfa: true}
 * }</pre>
 *
 * @param where {@code page:line} of the entry
 * @param settings every setting that applies to the entry: the block's, then the entry's own
 */
record CheckSpec(String where, Map<String, Object> settings) {
  static final Set<String> BLOCK_KEYS = Set.of("principal", "identity", "boundary", "session",
      "resourcePolicy", "scp", "rcp", "account", "context", "mfa", "resourceAccount", "checks");
  static final Set<String> ENTRY_KEYS = Set.of("principal", "action", "resource", "context",
      "expect", "by", "mfa", "resourceAccount", "session");

  /**
   * Reads the entries of a check block.
   *
   * @throws IllegalArgumentException naming page and line for YAML that is not a check block
   */
  static List<CheckSpec> read(MarkedBlock block) {
    Node root = new Yaml(new LoaderOptions()).compose(new StringReader(block.text()));
    if (!(root instanceof MappingNode)) {
      throw new IllegalArgumentException(block.at(0) + ": a check block is a YAML mapping");
    }
    Map<String, Object> base = new LinkedHashMap<>();
    SequenceNode checks = null;
    for (NodeTuple t : ((MappingNode) root).getValue()) {
      String key = scalar(block, t.getKeyNode());
      if (!BLOCK_KEYS.contains(key)) {
        throw new IllegalArgumentException(at(block, t.getKeyNode()) + ": unknown check setting \""
            + key + "\"; expected one of " + BLOCK_KEYS);
      }
      if (key.equals("checks")) {
        if (!(t.getValueNode() instanceof SequenceNode)) {
          throw new IllegalArgumentException(at(block, t.getValueNode()) + ": checks is a list");
        }
        checks = (SequenceNode) t.getValueNode();
      } else {
        base.put(key, plain(block, t.getValueNode()));
      }
    }
    if (checks == null || checks.getValue().isEmpty()) {
      throw new IllegalArgumentException(block.at(0) + ": a check block needs a non-empty checks list");
    }
    List<CheckSpec> specs = new ArrayList<>();
    for (Node entry : checks.getValue()) {
      if (!(entry instanceof MappingNode)) {
        throw new IllegalArgumentException(at(block, entry) + ": a check is a mapping");
      }
      Map<String, Object> settings = new LinkedHashMap<>(base);
      for (NodeTuple t : ((MappingNode) entry).getValue()) {
        String key = scalar(block, t.getKeyNode());
        if (!ENTRY_KEYS.contains(key)) {
          throw new IllegalArgumentException(at(block, t.getKeyNode()) + ": unknown check key \""
              + key + "\"; expected one of " + ENTRY_KEYS);
        }
        settings.put(key, plain(block, t.getValueNode()));
      }
      specs.add(new CheckSpec(at(block, entry), settings));
    }
    return specs;
  }

  /** A required text setting. */
  String text(String key) {
    Object value = settings.get(key);
    if (!(value instanceof String)) {
      throw new IllegalArgumentException(where + ": the check needs \"" + key + "\" (a text)");
    }
    return (String) value;
  }

  /** A text setting, or the default. */
  String text(String key, String otherwise) {
    return settings.containsKey(key) ? text(key) : otherwise;
  }

  /** A setting given as one name or a list of names; empty if absent. */
  List<String> names(String key) {
    Object value = settings.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof String) {
      return List.of((String) value);
    }
    List<String> names = new ArrayList<>();
    for (Object item : (List<?>) value) {
      if (!(item instanceof String)) {
        throw new IllegalArgumentException(where + ": \"" + key + "\" lists names");
      }
      names.add((String) item);
    }
    return names;
  }

  /** Organization levels: a list whose items are a name or a list of names (one level each). */
  List<List<String>> levels(String key) {
    Object value = settings.get(key);
    List<List<String>> levels = new ArrayList<>();
    if (value == null) {
      return levels;
    }
    if (!(value instanceof List)) {
      throw new IllegalArgumentException(where + ": \"" + key + "\" is a list of levels");
    }
    for (Object level : (List<?>) value) {
      levels.add(level instanceof String ? List.of((String) level) : stringList(level));
    }
    return levels;
  }

  /** The context: keys with one value or a list of values. */
  Map<String, List<String>> context() {
    Object value = settings.get("context");
    Map<String, List<String>> context = new LinkedHashMap<>();
    if (value == null) {
      return context;
    }
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException(where + ": context is a mapping of keys to values");
    }
    ((Map<?, ?>) value).forEach((k, v) -> context.put((String) k,
        v instanceof String ? List.of((String) v) : stringList(v)));
    return context;
  }

  private List<String> stringList(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (item instanceof String) {
          out.add((String) item);
          continue;
        }
        throw new IllegalArgumentException(where + ": expected a list of texts, found " + value);
      }
      return out;
    }
    throw new IllegalArgumentException(where + ": expected a list of texts, found " + value);
  }

  private static String at(MarkedBlock block, Node node) {
    return block.at(node.getStartMark().getLine());
  }

  private static String scalar(MarkedBlock block, Node node) {
    if (!(node instanceof ScalarNode)) {
      throw new IllegalArgumentException(at(block, node) + ": expected a text");
    }
    return ((ScalarNode) node).getValue();
  }

  /** The node as maps, lists and strings: every scalar stays the text it was written as. */
  private static Object plain(MarkedBlock block, Node node) {
    if (node instanceof ScalarNode) {
      return ((ScalarNode) node).getValue();
    }
    if (node instanceof SequenceNode) {
      List<Object> items = new ArrayList<>();
      ((SequenceNode) node).getValue().forEach(n -> items.add(plain(block, n)));
      return items;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      map.put(scalar(block, t.getKeyNode()), plain(block, t.getValueNode()));
    }
    return map;
  }
}
