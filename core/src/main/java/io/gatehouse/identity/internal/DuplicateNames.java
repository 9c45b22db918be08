package io.gatehouse.identity.internal;

import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds names used twice within one scope (the users of an account, the inline policies of a role,
 * ...). AWS compares most names ignoring case; a duplicate is reported at its second use and names
 * the first.
 */
final class DuplicateNames {
  private final FieldReader fields;
  private final String noun;
  private final boolean ignoreCase;
  private final Map<String, Use> firstUse = new HashMap<>();

  /**
   * Creates an empty scope.
   *
   * @param noun how problems name a value, e.g. "user name", "access key"
   * @param ignoreCase true if {@code Alice} and {@code alice} are the same name
   */
  DuplicateNames(FieldReader fields, String noun, boolean ignoreCase) {
    this.fields = fields;
    this.noun = noun;
    this.ignoreCase = ignoreCase;
  }

  /** Records a use of {@code name}; true if it is new, false after a duplicate problem. */
  boolean add(String name, LocatedNode node, NodePath path) {
    String key = ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    Use first = firstUse.putIfAbsent(key, new Use(name, path));
    if (first == null) {
      return true;
    }
    String caseNote = first.name().equals(name) ? "" : "; names are compared ignoring case";
    fields.problem(
        node,
        path,
        "duplicate "
            + noun
            + " "
            + LocatedScalar.quote(name)
            + " (also used by "
            + first.path()
            + caseNote
            + ")");
    return false;
  }

  private record Use(String name, NodePath path) {}
}
