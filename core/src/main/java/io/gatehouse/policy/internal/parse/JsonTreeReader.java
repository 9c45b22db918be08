package io.gatehouse.policy.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.gatehouse.policy.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads strict JSON (no comments, no trailing commas, no single quotes) into a {@link LocatedNode}
 * tree with jackson-core's streaming parser. Repeated keys are reported and the first one kept; a
 * syntax error ends the read, since what follows it cannot be read reliably. Thread-safe.
 */
public final class JsonTreeReader {
  private static final Pattern NUMBER_LENGTH = Pattern.compile("Number value length \\((\\d+)\\)");

  private final ReadLimits limits;
  private final JsonFactory factory;

  /** Creates a reader that refuses documents beyond {@code limits}. */
  public JsonTreeReader(ReadLimits limits) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxDocumentLength(limits.maxChars())
                    .build())
            .build();
  }

  /**
   * Reads a JSON document.
   *
   * @param text the document
   * @param source the document's name, used in locations
   * @param problems where syntax errors and repeated keys are added
   * @return the root element, or null if the text could not be read (a problem says why)
   */
  public LocatedNode read(String text, String source, ProblemList problems) {
    if (text.length() > limits.maxChars()) {
      problems.addForDocument(
          source, "document is longer than " + limits.maxChars() + " characters");
      return null;
    }
    try (JsonParser parser = factory.createParser(text)) {
      Reading reading = new Reading(parser, source, problems);
      try {
        return reading.document();
      } catch (StreamConstraintsException e) {
        // Jackson checks a limit just after reading what exceeds it; point at where that starts.
        JsonLocation where = parser.currentLocation();
        int column = Math.max(1, where.getColumnNr() - constraintBacktrack(e));
        problems.add(
            new SourceLocation(source, where.getLineNr(), column), NodePath.root(), constraint(e));
      } catch (JsonProcessingException e) {
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        long offset = where.getCharOffset();
        int back = JsonSyntaxMessage.startBeforeError(e.getOriginalMessage(), text, offset);
        problems.add(
            new SourceLocation(source, where.getLineNr(), where.getColumnNr() - back),
            NodePath.root(),
            JsonSyntaxMessage.of(e.getOriginalMessage(), text, offset));
      } catch (TooManyNodes e) {
        problems.addForDocument(
            source, "document has more than " + limits.maxNodes() + " elements");
      }
      return null;
    } catch (IOException e) {
      // Jackson reports syntax errors above; any other IOException from a String is a defect.
      throw new UncheckedIOException(e);
    }
  }

  /** How far back the element over a limit starts: one bracket, or a number's length. */
  private static int constraintBacktrack(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("nesting depth")) {
      return 1;
    }
    Matcher length = NUMBER_LENGTH.matcher(m);
    return length.find() ? Integer.parseInt(length.group(1)) : 0;
  }

  private String constraint(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("nesting depth")) {
      return "document is nested deeper than " + limits.maxDepth() + " levels";
    }
    if (m.contains("Number value length")) {
      return "number is longer than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits";
    }
    if (m.contains("Document length")) {
      return "document is longer than " + limits.maxChars() + " characters";
    }
    return JsonSyntaxMessage.of(m, null, -1);
  }

  /** The state of one read. */
  private final class Reading {
    private final JsonParser parser;
    private final String source;
    private final ProblemList problems;
    private int nodes;

    Reading(JsonParser parser, String source, ProblemList problems) {
      this.parser = parser;
      this.source = source;
      this.problems = problems;
    }

    LocatedNode document() throws IOException {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(new SourceLocation(source, 1, 1), NodePath.root(), "document is empty");
        return null;
      }
      LocatedNode root = value(first, NodePath.root());
      SourceLocation afterRoot = at(parser.currentLocation());
      JsonToken extra;
      try {
        extra = parser.nextToken();
      } catch (JsonProcessingException e) {
        extra = JsonToken.NOT_AVAILABLE;
        afterRoot = at(e.getLocation() != null ? e.getLocation() : parser.currentLocation());
      }
      if (extra != null) {
        if (extra != JsonToken.NOT_AVAILABLE) {
          afterRoot = at(parser.currentTokenLocation());
        }
        problems.add(afterRoot, NodePath.root(), "unexpected content after the document");
        return null;
      }
      return root;
    }

    private LocatedNode value(JsonToken token, NodePath path) throws IOException {
      SourceLocation at = at(parser.currentTokenLocation());
      if (++nodes > limits.maxNodes()) {
        throw new TooManyNodes();
      }
      return switch (token) {
        case START_OBJECT -> object(at, path);
        case START_ARRAY -> array(at, path);
        case VALUE_STRING -> new LocatedScalar(at, ScalarKind.STRING, parser.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
            new LocatedScalar(at, ScalarKind.NUMBER, parser.getText());
        case VALUE_TRUE, VALUE_FALSE -> new LocatedScalar(at, ScalarKind.BOOLEAN, parser.getText());
        case VALUE_NULL -> new LocatedScalar(at, ScalarKind.NULL, "null");
        default -> throw new IllegalStateException("unexpected JSON token " + token);
      };
    }

    private LocatedObject object(SourceLocation at, NodePath path) throws IOException {
      List<LocatedObject.Entry> entries = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        SourceLocation keyAt = at(parser.currentTokenLocation());
        NodePath keyPath = path.key(key);
        LocatedNode value = value(parser.nextToken(), keyPath);
        if (seen.add(key)) {
          entries.add(new LocatedObject.Entry(key, keyAt, value));
        } else {
          problems.add(keyAt, keyPath, "duplicate key " + LocatedScalar.quote(key));
        }
      }
      return new LocatedObject(at, entries);
    }

    private LocatedArray array(SourceLocation at, NodePath path) throws IOException {
      List<LocatedNode> elements = new ArrayList<>();
      JsonToken t;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
        elements.add(value(t, path.index(elements.size())));
      }
      return new LocatedArray(at, elements);
    }

    SourceLocation at(JsonLocation l) {
      return new SourceLocation(source, l.getLineNr(), l.getColumnNr());
    }
  }

  /** Ends a read whose document has more elements than the limit. */
  private static final class TooManyNodes extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyNodes() {
      super(null, null, false, false);
    }
  }
}
