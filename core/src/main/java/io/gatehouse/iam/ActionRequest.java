package io.gatehouse.iam;

import io.gatehouse.identity.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of one IAM Query request, read as the action declared them: required ones are
 * checked, numbers and booleans parsed, {@code NAME.member.N} lists gathered in index order. Every
 * problem is a {@code ValidationError} in AWS's wording, naming the parameter in lower camel case.
 * Values of password parameters are never repeated in messages.
 */
final class ActionRequest {
  private final IamActionDescription action;
  private final Map<String, String> parameters;
  private final String callerUserName;

  ActionRequest(IamActionDescription action, Map<String, String> parameters, String callerUserName) {
    this.action = action;
    this.parameters = parameters;
    this.callerUserName = callerUserName;
  }

  /** The IAM user whose credentials signed the request, or null if it was not an IAM user. */
  String callerUserName() {
    return callerUserName;
  }

  /** A text parameter (also a policy document), or null if absent and optional. */
  String string(String name) {
    IamParameter p = declared(name);
    String value = parameters.get(name);
    return value == null ? absent(p) : value;
  }

  /** A password parameter as characters, or null if absent and optional. */
  char[] password(String name) {
    String value = string(name);
    return value == null ? null : value.toCharArray();
  }

  /** A whole number, or null if absent and optional. */
  Integer integer(String name) {
    IamParameter p = declared(name);
    String value = parameters.get(name);
    if (value == null) {
      return absent(p);
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw invalid(value, p.memberName(), "Member must be a number");
    }
  }

  /** {@code true} or {@code false} (in any case), or null if absent and optional. */
  Boolean bool(String name) {
    IamParameter p = declared(name);
    String value = parameters.get(name);
    if (value == null) {
      return absent(p);
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw invalid(value, p.memberName(), "Member must be a boolean (true or false)");
    };
  }

  /** A list given as {@code NAME.member.N}, in index order; null if absent and optional. */
  List<String> list(String name) {
    IamParameter p = declared(name);
    TreeMap<Integer, String> members = members(p, null);
    if (members.isEmpty()) {
      return absent(p);
    }
    return new ArrayList<>(members.values());
  }

  /** Tags given as {@code NAME.member.N.Key} and {@code NAME.member.N.Value}; null if absent. */
  List<Tag> tags(String name) {
    IamParameter p = declared(name);
    TreeMap<Integer, String> keys = members(p, "Key");
    TreeMap<Integer, String> values = members(p, "Value");
    if (keys.isEmpty() && values.isEmpty()) {
      return absent(p);
    }
    List<Tag> tags = new ArrayList<>();
    TreeSet<Integer> indexes = new TreeSet<>(keys.keySet());
    indexes.addAll(values.keySet());
    for (int i : indexes) {
      String member = p.memberName() + "." + i + ".member.";
      String key = keys.get(i);
      String value = values.get(i);
      if (key == null) {
        throw missing(member + "key");
      }
      if (value == null) {
        throw missing(member + "value");
      }
      tags.add(new Tag(key, value));
    }
    return tags;
  }

  /**
   * The simulator's context entries given as {@code NAME.member.N.ContextKeyName}, {@code
   * .ContextKeyType} and {@code .ContextKeyValues.member.M}; null if absent and optional.
   */
  List<SimulationContextEntry> contextEntries(String name) {
    IamParameter p = declared(name);
    TreeMap<Integer, String> keyNames = members(p, "ContextKeyName");
    TreeMap<Integer, String> types = members(p, "ContextKeyType");
    Pattern valueShape = Pattern.compile(Pattern.quote(name) + "\\.member\\.([^.]+)\\.ContextKeyValues\\.member\\.([^.]+)");
    TreeMap<Integer, TreeMap<Integer, String>> values = new TreeMap<>();
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      Matcher m = valueShape.matcher(e.getKey());
      if (m.matches()) {
        values.computeIfAbsent(index(m.group(1), e.getKey()), i -> new TreeMap<>())
            .put(index(m.group(2), e.getKey()), e.getValue());
      }
    }
    TreeSet<Integer> indexes = new TreeSet<>(keyNames.keySet());
    indexes.addAll(types.keySet());
    indexes.addAll(values.keySet());
    if (indexes.isEmpty()) {
      return absent(p);
    }
    List<SimulationContextEntry> out = new ArrayList<>();
    for (int i : indexes) {
      String key = keyNames.get(i);
      if (key == null) {
        throw missing(p.memberName() + "." + i + ".member.contextKeyName");
      }
      List<String> keyValues = values.containsKey(i) ? new ArrayList<>(values.get(i).values()) : List.of();
      out.add(new SimulationContextEntry(key, types.get(i), keyValues));
    }
    return out;
  }

  /** The members {@code NAME.member.N} (or {@code NAME.member.N.FIELD}) by index. */
  private TreeMap<Integer, String> members(IamParameter p, String field) {
    Pattern shape = Pattern.compile(Pattern.quote(p.name()) + "\\.member\\.([^.]+)"
        + (field == null ? "" : "\\." + field));
    TreeMap<Integer, String> out = new TreeMap<>();
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      Matcher m = shape.matcher(e.getKey());
      if (m.matches()) {
        out.put(index(m.group(1), e.getKey()), e.getValue());
      }
    }
    return out;
  }

  private static int index(String text, String parameter) {
    try {
      int i = Integer.parseInt(text);
      if (i >= 1) {
        return i;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw IamException.validation("1 validation error detected: Parameter " + parameter
        + " is not valid: list members are numbered from 1");
  }

  private IamParameter declared(String name) {
    for (IamParameter p : action.parameters()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalStateException(action.name() + " does not declare parameter " + name);
  }

  private static <T> T absent(IamParameter p) {
    if (p.required()) {
      throw missing(p.memberName());
    }
    return null;
  }

  private static IamException missing(String member) {
    return IamException.validation("1 validation error detected: Value null at '" + member
        + "' failed to satisfy constraint: Member must not be null");
  }

  private static IamException invalid(String value, String member, String constraint) {
    return IamException.validation("1 validation error detected: Value '" + value + "' at '" + member
        + "' failed to satisfy constraint: " + constraint);
  }
}
