package io.gatehouse.identity.internal;

import io.gatehouse.policy.internal.parse.LocatedArray;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a document tree into plain data (maps in entry order, lists, strings, booleans, numbers
 * and null) for the JSON and YAML writers. Numbers become a {@link Long} when whole, otherwise a
 * {@link Double}; a number neither can hold stays its text.
 */
final class PlainData {
  private PlainData() {}

  /** The element as plain data. */
  static Object of(LocatedNode node) {
    if (node instanceof LocatedObject o) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (LocatedObject.Entry e : o.entries()) {
        out.put(e.key(), of(e.value()));
      }
      return out;
    }
    if (node instanceof LocatedArray a) {
      List<Object> out = new ArrayList<>(a.elements().size());
      for (LocatedNode e : a.elements()) {
        out.add(of(e));
      }
      return out;
    }
    LocatedScalar s = (LocatedScalar) node;
    return switch (s.kind()) {
      case STRING -> s.text();
      case BOOLEAN -> Boolean.valueOf(s.text());
      case NULL -> null;
      case NUMBER -> number(s.text());
    };
  }

  private static Object number(String text) {
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      try {
        double d = Double.parseDouble(text);
        return Double.isFinite(d) ? (Object) d : text;
      } catch (NumberFormatException e2) {
        return text;
      }
    }
  }
}
