package io.gatehouse.identity.internal;

import io.gatehouse.policy.internal.parse.LocatedArray;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.ProblemList;
import io.gatehouse.policy.internal.parse.ScalarKind;
import io.gatehouse.policy.internal.parse.SpellingHint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the typed fields of account file entries, adding a located problem for each field that is
 * missing or of the wrong shape and carrying on, so that one read reports every problem. A key
 * whose value is {@code null} counts as absent. One per read, bound to that read's problems.
 */
final class FieldReader {
  private final ProblemList problems;

  FieldReader(ProblemList problems) {
    this.problems = problems;
  }

  /** The problems of this read. */
  ProblemList problems() {
    return problems;
  }

  /** How many problems were found so far; compare before and after reading an entry. */
  int problemCount() {
    return problems.size();
  }

  /** Adds a problem about {@code node}, located where it starts. */
  void problem(LocatedNode node, NodePath path, String message) {
    problems.add(node.location(), path, message);
  }

  /** The node as an object, or null after {@code expected an object, found ...}. */
  LocatedObject object(LocatedNode node, NodePath path) {
    if (node instanceof LocatedObject o) {
      return o;
    }
    problem(node, path, "expected an object, found " + node.describe());
    return null;
  }

  /**
   * Adds {@code unknown key "X"} (with a hint when a known key is close) for every key of {@code
   * object} not in {@code known}. Keys are case-sensitive, as AWS writes them.
   */
  void onlyKnownKeys(LocatedObject object, NodePath path, List<String> known) {
    for (LocatedObject.Entry e : object.entries()) {
      if (!known.contains(e.key())) {
        problems.add(
            e.keyLocation(),
            path.key(e.key()),
            "unknown key "
                + LocatedScalar.quote(e.key())
                + SpellingHint.didYouMean(e.key(), known));
      }
    }
  }

  /** The value of {@code key}, or null if the key is absent or its value is null. */
  LocatedNode optional(LocatedObject object, String key) {
    LocatedNode v = object.get(key);
    return v instanceof LocatedScalar s && s.kind() == ScalarKind.NULL ? null : v;
  }

  /** The value of {@code key}, or null after {@code missing "key"} (located at the object). */
  LocatedNode required(LocatedObject object, NodePath path, String key) {
    LocatedNode v = object.get(key);
    if (v == null) {
      problem(object, path, "missing " + LocatedScalar.quote(key));
    }
    return v;
  }

  /** The text of a string, or null after {@code expected a string, found ...}. */
  String string(LocatedNode node, NodePath path) {
    if (node instanceof LocatedScalar s && s.isString()) {
      return s.text();
    }
    problem(node, path, "expected a string, found " + node.describe());
    return null;
  }

  /** A required string entry, or null after a problem. */
  String requiredString(LocatedObject object, NodePath path, String key) {
    LocatedNode v = required(object, path, key);
    return v == null ? null : string(v, path.key(key));
  }

  /** An optional string entry, or null if absent or after a problem. */
  String optionalString(LocatedObject object, NodePath path, String key) {
    LocatedNode v = optional(object, key);
    return v == null ? null : string(v, path.key(key));
  }

  /** An optional boolean entry, {@code absent} if missing or after a problem. */
  boolean bool(LocatedObject object, NodePath path, String key, boolean absent) {
    LocatedNode v = optional(object, key);
    if (v == null) {
      return absent;
    }
    if (v instanceof LocatedScalar s && s.kind() == ScalarKind.BOOLEAN) {
      return Boolean.parseBoolean(s.text());
    }
    problem(v, path.key(key), "expected true or false, found " + v.describe());
    return absent;
  }

  /** An optional whole number entry, or null if absent or after a problem. */
  Long integer(LocatedObject object, NodePath path, String key) {
    LocatedNode v = optional(object, key);
    if (v == null) {
      return null;
    }
    if (v instanceof LocatedScalar s && s.kind() == ScalarKind.NUMBER) {
      try {
        return Long.parseLong(s.text());
      } catch (NumberFormatException e) {
        // falls through to the problem: a fraction, an exponent or a very large number
      }
    }
    problem(v, path.key(key), "expected a whole number, found " + v.describe());
    return null;
  }

  /**
   * An optional date entry; the epoch when absent or after a problem. AWS writes ISO-8601 with an
   * offset ({@code 2024-01-01T00:00:00Z}, the CLI {@code 2024-01-01T00:00:00+00:00}); a plain date
   * is midnight UTC.
   */
  Instant date(LocatedObject object, NodePath path, String key) {
    Instant d = optionalDate(object, path, key);
    return d == null ? Instant.EPOCH : d;
  }

  /** An optional date entry, or null if absent or after a problem. */
  Instant optionalDate(LocatedObject object, NodePath path, String key) {
    LocatedNode v = optional(object, key);
    if (v == null) {
      return null;
    }
    Instant parsed = v instanceof LocatedScalar s && s.isString() ? parseDate(s.text()) : null;
    if (parsed == null) {
      problem(
          v,
          path.key(key),
          "expected an ISO-8601 date-time such as \"2024-01-01T00:00:00Z\", found " + v.describe());
    }
    return parsed;
  }

  /** The elements of an optional array entry; empty if absent or after a problem. */
  List<Element> array(LocatedObject object, NodePath path, String key) {
    LocatedNode v = optional(object, key);
    return v == null ? List.of() : elements(v, path.key(key));
  }

  /** The elements of an array node; empty after {@code expected an array, found ...}. */
  List<Element> elements(LocatedNode node, NodePath path) {
    if (!(node instanceof LocatedArray a)) {
      problem(node, path, "expected an array, found " + node.describe());
      return List.of();
    }
    List<Element> out = new ArrayList<>(a.elements().size());
    for (int i = 0; i < a.elements().size(); i++) {
      out.add(new Element(a.elements().get(i), path.index(i)));
    }
    return out;
  }

  /** The strings of an optional array of strings; entries of another shape are reported. */
  List<Element> stringElements(LocatedObject object, NodePath path, String key) {
    List<Element> out = new ArrayList<>();
    for (Element e : array(object, path, key)) {
      if (string(e.node(), e.path()) != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text of a string element already checked by {@link #stringElements}. */
  static String text(Element e) {
    return ((LocatedScalar) e.node()).text();
  }

  private static Instant parseDate(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
