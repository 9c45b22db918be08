package io.gatehouse.policy.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the common shapes of policy values (a string; a string or an array of strings; an object
 * with a known set of keys), adding a problem for each element of the wrong shape. One per read,
 * bound to that read's problem list.
 */
final class ValueReader {
  private final ProblemList problems;

  ValueReader(ProblemList problems) {
    this.problems = problems;
  }

  ProblemList problems() {
    return problems;
  }

  /** Adds a problem about {@code node}, located where it starts. */
  void problem(LocatedNode node, NodePath path, String message) {
    problems.add(node.location(), path, message);
  }

  /** The node as an object, or null after {@code expected an object, found ...}. */
  LocatedObject object(LocatedNode node, NodePath path, String expected) {
    if (node instanceof LocatedObject o) {
      return o;
    }
    problem(node, path, "expected " + expected + ", found " + node.describe());
    return null;
  }

  /** The text of a string, or null after {@code expected a string, found ...}. */
  String string(LocatedNode node, NodePath path) {
    if (node instanceof LocatedScalar s && s.isString()) {
      return s.text();
    }
    problem(node, path, "expected a string, found " + node.describe());
    return null;
  }

  /**
   * A string or a non-empty array of strings, each passed to {@code check}, which returns null or
   * the problem with that entry. Problems are located at the offending entry.
   *
   * @param noun what one entry is, for the empty-array problem ("action", "resource", ...)
   * @return the strings read (entries of the wrong shape left out)
   */
  List<String> strings(LocatedNode node, NodePath path, String noun, UnaryOperator<String> check) {
    List<String> out = new ArrayList<>();
    if (node instanceof LocatedArray a) {
      if (a.elements().isEmpty()) {
        problem(node, path, "expected at least one " + noun + ", found an empty array");
      }
      for (int i = 0; i < a.elements().size(); i++) {
        checked(a.elements().get(i), path.index(i), check, out);
      }
    } else if (node instanceof LocatedScalar s && s.isString()) {
      checked(node, path, check, out);
    } else {
      problem(node, path, "expected a string or an array of strings, found " + node.describe());
    }
    return out;
  }

  private void checked(
      LocatedNode node, NodePath path, UnaryOperator<String> check, List<String> out) {
    String s = string(node, path);
    if (s == null) {
      return;
    }
    String problem = check.apply(s);
    if (problem != null) {
      problem(node, path, problem);
    }
    out.add(s);
  }

  /**
   * Adds {@code unknown key "X"} (with a hint when a known key is close) for every key of {@code
   * object} not in {@code known}. Keys are case-sensitive, as AWS reads them.
   *
   * @param noun how the key is named in the problem: "key", "principal type", ...
   */
  void onlyKnownKeys(LocatedObject object, NodePath path, List<String> known, String noun) {
    for (LocatedObject.Entry e : object.entries()) {
      if (!known.contains(e.key())) {
        problems.add(
            e.keyLocation(),
            path.key(e.key()),
            "unknown "
                + noun
                + " "
                + LocatedScalar.quote(e.key())
                + SpellingHint.didYouMean(e.key(), known));
      }
    }
  }

  /**
   * The one entry of a pair of exclusive keys ({@code Action}/{@code NotAction}) that is present,
   * or null if neither is. When both are, the later one is reported and the first returned.
   *
   * @param required whether one of them must be present
   */
  LocatedObject.Entry either(
      LocatedObject object, NodePath path, String key, String notKey, boolean required) {
    LocatedObject.Entry a = object.entry(key);
    LocatedObject.Entry b = object.entry(notKey);
    if (a != null && b != null) {
      LocatedObject.Entry later = object.entries().indexOf(a) < object.entries().indexOf(b) ? b : a;
      problems.add(
          later.keyLocation(),
          path.key(later.key()),
          LocatedScalar.quote(key)
              + " and "
              + LocatedScalar.quote(notKey)
              + " cannot both be given");
      return later == b ? a : b;
    }
    if (a == null && b == null && required) {
      problems.add(
          object.location(),
          path,
          "missing " + LocatedScalar.quote(key) + " or " + LocatedScalar.quote(notKey));
    }
    return a != null ? a : b;
  }
}
