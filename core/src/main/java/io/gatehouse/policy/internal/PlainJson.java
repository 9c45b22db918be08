package io.gatehouse.policy.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes plain data as JSON text with jackson-core's streaming generator: maps with string keys (in
 * their iteration order), lists, strings, booleans, {@link Long}, {@link Integer}, {@link Double}
 * and null. Thread-safe.
 */
public final class PlainJson {
  private final JsonFactory factory = new JsonFactory();

  /** Creates a writer. */
  public PlainJson() {}

  /**
   * The value as compact JSON, e.g. {@code {"Version":"2012-10-17","Statement":[...]}}.
   *
   * @throws IllegalArgumentException if the value holds anything but plain data
   */
  public String compact(Object value) {
    return write(value, false);
  }

  /**
   * The value as JSON indented by two spaces, one entry per line, ending with a newline.
   *
   * @throws IllegalArgumentException if the value holds anything but plain data
   */
  public String pretty(Object value) {
    return write(value, true) + "\n";
  }

  private String write(Object value, boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(out)) {
      if (pretty) {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Separators separators =
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indent);
        printer.indentArraysWith(indent);
        g.setPrettyPrinter(printer);
      }
      value(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else if (v instanceof Integer n) {
      g.writeNumber(n);
    } else if (v instanceof Double n) {
      g.writeNumber(n);
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("JSON object keys must be strings: " + e.getKey());
        }
        g.writeFieldName(key);
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) {
        value(g, o);
      }
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException("not plain data: " + v.getClass().getName());
    }
  }
}
