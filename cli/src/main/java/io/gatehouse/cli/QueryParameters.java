package io.gatehouse.cli;

import io.gatehouse.iam.IamParameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns option values given as the AWS CLI takes them into IAM Query parameters: {@code
 * file://PATH} for any value (the file's text), lists as several values or one JSON array, tags in
 * the shorthand {@code Key=K,Value=V} or as JSON {@code [{"Key": "K", "Value": "V"}]}.
 */
final class QueryParameters {
  private static final String FILE_PREFIX = "file://";

  private final Map<String, String> parameters = new LinkedHashMap<>();

  /** The parameters gathered so far (the live map). */
  Map<String, String> asMap() {
    return parameters;
  }

  /**
   * Adds a parameter from its option's value.
   *
   * @throws IllegalArgumentException if the value cannot be read as the parameter's type
   * @throws UncheckedIOException if a {@code file://} value cannot be read
   */
  void put(IamParameter parameter, String option, Object value) {
    if (value == null) {
      return;
    }
    String name = parameter.name();
    switch (parameter.type()) {
      case STRING, POLICY_DOCUMENT, PASSWORD -> parameters.put(name, text((String) value));
      case INTEGER, BOOLEAN -> parameters.put(name, value.toString());
      case STRING_LIST -> {
        List<String> values = strings(option, values(value));
        for (int i = 0; i < values.size(); i++) {
          parameters.put(name + ".member." + (i + 1), values.get(i));
        }
      }
      case TAG_LIST -> {
        List<String[]> tags = tags(option, values(value));
        for (int i = 0; i < tags.size(); i++) {
          parameters.put(name + ".member." + (i + 1) + ".Key", tags.get(i)[0]);
          parameters.put(name + ".member." + (i + 1) + ".Value", tags.get(i)[1]);
        }
      }
      case CONTEXT_ENTRY_LIST -> {
        List<Map<?, ?>> entries = contextEntries(option, values(value));
        for (int i = 0; i < entries.size(); i++) {
          String member = name + ".member." + (i + 1);
          Map<?, ?> e = entries.get(i);
          parameters.put(member + ".ContextKeyName", String.valueOf(e.get("ContextKeyName")));
          if (e.get("ContextKeyType") != null) {
            parameters.put(member + ".ContextKeyType", String.valueOf(e.get("ContextKeyType")));
          }
          Object keyValues = e.get("ContextKeyValues");
          List<?> list = keyValues instanceof List<?> l ? l : keyValues == null ? List.of() : List.of(keyValues);
          for (int j = 0; j < list.size(); j++) {
            parameters.put(member + ".ContextKeyValues.member." + (j + 1), String.valueOf(list.get(j)));
          }
        }
      }
    }
  }

  /** Adds a parameter as it is. */
  void put(String name, String value) {
    parameters.put(name, value);
  }

  /** A value, or the text of the file a {@code file://PATH} value names. */
  static String text(String value) {
    if (!value.startsWith(FILE_PREFIX)) {
      return value;
    }
    Path path = Path.of(value.substring(FILE_PREFIX.length()));
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + value + ": " + e.getMessage(), e);
    }
  }

  private static List<String> values(Object value) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) value) {
      out.add(text(String.valueOf(o)));
    }
    return out;
  }

  /** Several values, or one JSON array of strings. */
  private static List<String> strings(String option, List<String> values) {
    if (values.size() == 1 && values.get(0).strip().startsWith("[")) {
      List<String> out = new ArrayList<>();
      for (Object o : jsonArray(option, values.get(0))) {
        if (!(o instanceof String s)) {
          throw new IllegalArgumentException(option + ": expected a JSON array of strings");
        }
        out.add(s);
      }
      return out;
    }
    return values;
  }

  /**
   * Context entries as JSON arrays of objects, or in the shorthand {@code
   * ContextKeyName=K,ContextKeyValues=V,ContextKeyType=T} (one value per entry).
   */
  private static List<Map<?, ?>> contextEntries(String option, List<String> values) {
    List<Map<?, ?>> out = new ArrayList<>();
    for (String v : values) {
      if (v.strip().startsWith("[")) {
        for (Object o : jsonArray(option, v)) {
          if (!(o instanceof Map<?, ?> m) || !(m.get("ContextKeyName") instanceof String)) {
            throw new IllegalArgumentException(option + ": expected [{\"ContextKeyName\": \"K\", "
                + "\"ContextKeyValues\": [\"V\"], \"ContextKeyType\": \"string\"}, ...]");
          }
          out.add(m);
        }
      } else {
        Map<String, Object> entry = new LinkedHashMap<>();
        for (String part : v.split(",(?=\\s*ContextKey(Name|Values|Type)=)")) {
          int eq = part.indexOf('=');
          if (eq < 0) {
            throw new IllegalArgumentException(option + ": expected ContextKeyName=K,ContextKeyValues=V,"
                + "ContextKeyType=T, found \"" + v + "\"");
          }
          entry.put(part.substring(0, eq).strip(), part.substring(eq + 1));
        }
        if (!(entry.get("ContextKeyName") instanceof String)) {
          throw new IllegalArgumentException(option + ": ContextKeyName is missing in \"" + v + "\"");
        }
        out.add(entry);
      }
    }
    return out;
  }

  /** Tags in the shorthand or as one JSON array; each is {key, value}. */
  private static List<String[]> tags(String option, List<String> values) {
    List<String[]> out = new ArrayList<>();
    for (String v : values) {
      if (v.strip().startsWith("[")) {
        for (Object o : jsonArray(option, v)) {
          if (!(o instanceof Map<?, ?> m) || !(m.get("Key") instanceof String key)) {
            throw new IllegalArgumentException(option + ": expected [{\"Key\": \"K\", \"Value\": \"V\"}, ...]");
          }
          Object tagValue = m.get("Value");
          out.add(new String[] {key, tagValue == null ? "" : String.valueOf(tagValue)});
        }
      } else {
        out.add(shorthandTag(option, v));
      }
    }
    return out;
  }

  /** {@code Key=K,Value=V} (either order; a value may contain commas). */
  private static String[] shorthandTag(String option, String text) {
    String key = null;
    String value = null;
    for (String part : text.split(",(?=\\s*(Key|Value)=)")) {
      String p = part.strip();
      if (p.startsWith("Key=")) {
        key = p.substring(4);
      } else if (p.startsWith("Value=")) {
        value = p.substring(6);
      } else {
        key = null;
        break;
      }
    }
    if (key == null) {
      throw new IllegalArgumentException(option + ": expected Key=K,Value=V, found \"" + text + "\"");
    }
    return new String[] {key, value == null ? "" : value};
  }

  private static List<?> jsonArray(String option, String text) {
    Object parsed;
    try {
      parsed = JsonInput.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
    if (!(parsed instanceof List<?> list)) {
      throw new IllegalArgumentException(option + ": expected a JSON array");
    }
    return list;
  }
}
