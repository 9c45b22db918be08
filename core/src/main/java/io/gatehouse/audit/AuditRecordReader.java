package io.gatehouse.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads audit files (one JSON event per line; {@code .gz} files are decompressed) into {@link
 * AuditRecord}s. A line that is not an audit event is reported as {@code file:line: why} and
 * skipped; blank lines are ignored. Counts what it read; one reader per query, not thread-safe.
 */
public final class AuditRecordReader {
  private static final JsonFactory JSON = new JsonFactory();

  private final Consumer<String> problems;
  private int malformed;
  private int read;

  /** A reader that reports malformed lines to {@code problems}. */
  public AuditRecordReader(Consumer<String> problems) {
    this.problems = java.util.Objects.requireNonNull(problems, "problems");
  }

  /**
   * Reads one file, handing each event to {@code records}.
   *
   * @throws IOException if the file cannot be read
   */
  public void read(Path file, Consumer<AuditRecord> records) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          records.accept(record(line));
          read++;
        } catch (IllegalArgumentException e) {
          malformed++;
          problems.accept(file + ":" + number + ": " + e.getMessage());
        }
      }
    }
  }

  /** Events read so far. */
  public int read() {
    return read;
  }

  /** Malformed lines skipped so far. */
  public int malformed() {
    return malformed;
  }

  /**
   * One event from its line of JSON.
   *
   * @throws IllegalArgumentException if the line is not an audit event
   */
  public static AuditRecord record(String line) {
    Map<String, Object> event = parse(line);
    String timeText = text(event, "eventTime");
    Instant time;
    try {
      time = Instant.parse(timeText);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("eventTime is not an ISO-8601 instant: \"" + timeText + "\"");
    }
    String source = text(event, "eventSource");
    String name = text(event, "eventName");
    Map<String, Object> identity = object(event.get("userIdentity"));
    String principal = identity.get("arn") instanceof String arn ? arn
        : "Anonymous".equals(identity.get("type")) ? "anonymous" : String.valueOf(identity.getOrDefault("principalId", "-"));
    String issuer = object(object(identity.get("sessionContext")).get("sessionIssuer")).get("arn") instanceof String s
        ? s : null;
    String resource = "-";
    if (event.get("resources") instanceof List<?> resources && !resources.isEmpty()
        && object(resources.get(0)).get("ARN") instanceof String arn) {
      resource = arn;
    }
    boolean isDecision = event.get("decision") instanceof String;
    String outcome = isDecision ? (String) event.get("decision")
        : event.get("errorCode") instanceof String code ? code : "Succeeded";
    String point = event.get("enforcementPoint") instanceof String p ? p : "-";
    String eventId = event.get("eventID") instanceof String id ? id : "-";
    return new AuditRecord(time, timeText, outcome, isDecision, principal, issuer, service(source) + ":" + name,
        resource, point, eventId, line);
  }

  /** The action's service prefix: {@code shop} for {@code shop.gatehouse}, {@code iam} for {@code iam.amazonaws.com}. */
  private static String service(String eventSource) {
    int dot = eventSource.indexOf('.');
    return dot < 0 ? eventSource : eventSource.substring(0, dot);
  }

  private static String text(Map<String, Object> event, String field) {
    if (event.get(field) instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("not an audit event: no " + field);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static Map<String, Object> parse(String line) {
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON object");
      }
      Map<String, Object> event = object(value(p));
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("text after the JSON object");
      }
      return event;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage());
    }
  }

  private static Object value(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          m.put(key, value(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(value(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> {
        return p.getText();
      }
    }
  }
}
