package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Converts one composed YAML node graph into a {@link LocatedNode} tree. An alias is a shared node
 * in the graph and is expanded at each use, so the expanded size is counted and capped: a few
 * aliases of aliases ("billion laughs") would otherwise expand without bound. An expanded alias
 * carries the location of its anchor. One instance per read.
 */
final class YamlNodeConverter {
  /** The tags of plain JSON-like data; anything else (!!binary, !!set, !foo, ...) is refused. */
  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

  private final String source;
  private final ReadLimits limits;
  private final ProblemList problems;
  private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
  private int nodes;

  YamlNodeConverter(String source, ReadLimits limits, ProblemList problems) {
    this.source = source;
    this.limits = limits;
    this.problems = problems;
  }

  /** The tree, or null if the graph was refused as too large, too deep or recursive. */
  LocatedNode convert(Node root) {
    try {
      return node(root, NodePath.root(), 0);
    } catch (Refused e) {
      return null;
    }
  }

  private LocatedNode node(Node n, NodePath path, int depth) {
    SourceLocation at = YamlTreeReader.at(source, n.getStartMark());
    if (++nodes > limits.maxNodes()) {
      problems.addForDocument(
          source,
          "document expands to more than "
              + limits.maxNodes()
              + " elements (counting each alias"
              + " use)");
      throw new Refused();
    }
    checkTag(n, at, path);
    if (n instanceof ScalarNode s) {
      return new LocatedScalar(at, kind(s.getTag()), s.getValue());
    }
    // Aliases can nest a collection deeper than the text shows, and inside itself.
    if (depth >= limits.maxDepth()) {
      problems.add(at, path, "document is nested deeper than " + limits.maxDepth() + " levels");
      throw new Refused();
    }
    if (!open.add(n)) {
      problems.add(at, path, "alias refers to a collection that contains it");
      throw new Refused();
    }
    try {
      if (n instanceof MappingNode m) {
        return mapping(m, at, path, depth);
      }
      if (n instanceof SequenceNode s) {
        List<LocatedNode> elements = new ArrayList<>(s.getValue().size());
        for (Node child : s.getValue()) {
          elements.add(node(child, path.index(elements.size()), depth + 1));
        }
        return new LocatedArray(at, elements);
      }
      throw new IllegalStateException("unexpected YAML node " + n.getNodeId());
    } finally {
      open.remove(n);
    }
  }

  private LocatedObject mapping(MappingNode m, SourceLocation at, NodePath path, int depth) {
    List<LocatedObject.Entry> entries = new ArrayList<>(m.getValue().size());
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : m.getValue()) {
      Node keyNode = t.getKeyNode();
      SourceLocation keyAt = YamlTreeReader.at(source, keyNode.getStartMark());
      String key = key(keyNode, keyAt, path);
      NodePath keyPath = key == null ? path : path.key(key);
      LocatedNode value = node(t.getValueNode(), keyPath, depth + 1);
      if (key == null) {
        continue;
      }
      if (seen.add(key)) {
        entries.add(new LocatedObject.Entry(key, keyAt, value));
      } else {
        problems.add(keyAt, keyPath, "duplicate key " + LocatedScalar.quote(key));
      }
    }
    return new LocatedObject(at, entries);
  }

  /** The key's text, or null after a problem: keys are plain strings, as in JSON. */
  private String key(Node keyNode, SourceLocation keyAt, NodePath path) {
    if (Tag.MERGE.equals(keyNode.getTag())) {
      problems.add(keyAt, path, "YAML merge keys (\"<<\") are not supported");
      return null;
    }
    if (!(keyNode instanceof ScalarNode s)) {
      problems.add(
          keyAt,
          path,
          "expected a string key, found "
              + (keyNode instanceof MappingNode ? "an object" : "an array"));
      return null;
    }
    if (Tag.NULL.equals(s.getTag())) {
      problems.add(keyAt, path, "expected a string key, found null");
      return null;
    }
    checkTag(s, keyAt, path);
    return s.getValue();
  }

  private void checkTag(Node n, SourceLocation at, NodePath path) {
    Tag tag = n.getTag();
    if (!PLAIN_TAGS.contains(tag)) {
      problems.add(at, path, "YAML tag " + LocatedScalar.quote(shortTag(tag)) + " is not allowed");
    }
  }

  private static String shortTag(Tag tag) {
    String v = tag.getValue();
    return v.startsWith(Tag.PREFIX) ? "!!" + v.substring(Tag.PREFIX.length()) : v;
  }

  private static ScalarKind kind(Tag tag) {
    if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
      return ScalarKind.NUMBER;
    }
    if (Tag.BOOL.equals(tag)) {
      return ScalarKind.BOOLEAN;
    }
    if (Tag.NULL.equals(tag)) {
      return ScalarKind.NULL;
    }
    return ScalarKind.STRING;
  }

  /** Ends a conversion that cannot go on; the problem has been added. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }
}
