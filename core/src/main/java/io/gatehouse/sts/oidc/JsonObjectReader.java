package io.gatehouse.sts.oidc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JWS header or JWT claims set (a UTF-8 JSON object) with jackson-core's streaming parser
 * into an insertion-ordered, read-only map. Values become {@code String}, {@code Boolean}, {@code
 * Long} (integers that fit), {@code BigInteger} (larger integers), {@code Double} (other numbers)
 * or a read-only {@code List} of those; a nested object, or an array inside an array, is kept as
 * its JSON text; {@code null} counts as absent. A repeated member is an error (RFC 7519 allows
 * refusing it, and accepting it lets two parsers disagree about a token).
 *
 * <p>Error messages say what is wrong and where, never what the text contains. Thread-safe.
 */
final class JsonObjectReader {
  private final JsonFactory factory;

  /** A reader for documents of at most {@code maxBytes} bytes. */
  JsonObjectReader(int maxBytes) {
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxDocumentLength(maxBytes)
                    .maxStringLength(maxBytes)
                    .maxNumberLength(64)
                    .build())
            .build();
  }

  /**
   * Reads a JSON object.
   *
   * @param json the UTF-8 bytes
   * @param what what the document is, for messages ("the token's payload")
   * @throws IllegalArgumentException if the bytes are not UTF-8 or not exactly one JSON object
   */
  Map<String, Object> read(byte[] json, String what) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(json))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(what + " is not UTF-8");
    }
    try (JsonParser parser = factory.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(what + " is not a JSON object");
      }
      Map<String, Object> members = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        Object value = value(parser, parser.nextToken(), true);
        if (members.containsKey(name)) {
          throw new IllegalArgumentException(
              what + " has more than one " + DisplayText.quote(name));
        }
        // A null marks the name as seen, so that a repeat after a null is still caught.
        members.put(name, value);
      }
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException(what + " has content after its closing '}'");
      }
      members.values().removeIf(v -> v == null);
      return Collections.unmodifiableMap(members);
    } catch (StreamConstraintsException e) {
      throw new IllegalArgumentException(what + " is nested too deeply or has too long a value");
    } catch (JsonProcessingException e) {
      // Jackson's message can quote the text; give only the position.
      throw new IllegalArgumentException(
          what
              + " is not valid JSON"
              + (e.getLocation() == null
                  ? ""
                  : " (error at character " + e.getLocation().getCharOffset() + ")"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Object value(JsonParser parser, JsonToken token, boolean top) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return parser.getText();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getBigIntegerValue()
            : (Object) parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case START_ARRAY:
        return top ? array(parser) : jsonText(parser);
      case START_OBJECT:
        return jsonText(parser);
      default:
        throw new IllegalStateException("unexpected JSON token " + token);
    }
  }

  private List<Object> array(JsonParser parser) throws IOException {
    List<Object> values = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      Object value = value(parser, t, false);
      if (value != null) {
        values.add(value);
      }
    }
    return List.copyOf(values);
  }

  private String jsonText(JsonParser parser) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      generator.copyCurrentStructure(parser);
    }
    return out.toString();
  }
}
