package io.gatehouse.console.internal;

import io.gatehouse.Decision;
import io.gatehouse.Enforcer;
import io.gatehouse.audit.AuditQuery;
import io.gatehouse.audit.AuditRecord;
import io.gatehouse.audit.AuditRecordReader;
import io.gatehouse.audit.EnforcementPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The audit trail pages' data, read from the audit files with core's {@link AuditRecordReader} and
 * {@link AuditQuery} (as {@code gatehouse audit} reads them). Reading is authorized as {@code
 * cloudtrail:LookupEvents} on {@code *} by the {@link Enforcer}, so the account's policies decide
 * who may read the trail; the decision is audited like any other.
 *
 * <ul>
 *   <li>{@code GET audit/events?principal=&action=&decision=&since=&until=}: matching events,
 *       newest first (at most {@value #MAX_EVENTS});
 *   <li>{@code GET audit/event?id=}: one event, whole;
 *   <li>{@code GET audit/last-accessed?principal=}: each principal's last allowed actions.
 * </ul>
 */
public final class AuditEndpoint {
  static final int MAX_EVENTS = 500;

  private final SessionGuard guard;
  private final Enforcer enforcer;
  private final List<Path> locations;

  /**
   * The endpoint over audit files; a directory stands for the {@code .log} and {@code .log.gz}
   * files in it.
   */
  public AuditEndpoint(SessionGuard guard, Enforcer enforcer, List<Path> locations) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.enforcer = Objects.requireNonNull(enforcer, "enforcer");
    this.locations = List.copyOf(locations);
  }

  /** {@code GET audit/events}. */
  public void events(Exchange x) throws IOException {
    if (!authorized(x)) {
      return;
    }
    AuditQuery query;
    try {
      query = AuditQuery.all().principal(x.request().getParameter("principal"))
          .action(x.request().getParameter("action")).decision(x.request().getParameter("decision"))
          .since(time(x.request().getParameter("since"), "since"))
          .until(time(x.request().getParameter("until"), "until"));
    } catch (IllegalArgumentException e) {
      x.error(400, "InvalidInput", e.getMessage());
      return;
    }
    Read read = read(query);
    List<AuditRecord> matching = read.records();
    matching.sort(Comparator.comparing(AuditRecord::time).reversed());
    List<Object> events = new ArrayList<>();
    for (AuditRecord r : matching.subList(0, Math.min(MAX_EVENTS, matching.size()))) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", r.eventId());
      e.put("time", r.timeText());
      e.put("outcome", r.outcome());
      e.put("isDecision", r.isDecision());
      e.put("principal", r.principal());
      e.put("action", r.action());
      e.put("resource", r.resource());
      e.put("point", r.point());
      events.add(e);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("events", events);
    out.put("matching", matching.size());
    out.put("read", read.reader().read());
    out.put("malformed", read.reader().malformed());
    out.put("problems", read.problems());
    x.json(200, out);
  }

  /** {@code GET audit/event?id=}: the event's JSON as written. */
  public void event(Exchange x) throws IOException {
    if (!authorized(x)) {
      return;
    }
    String id = x.request().getParameter("id");
    for (AuditRecord r : read(AuditQuery.all()).records()) {
      if (r.eventId().equals(id)) {
        x.send(200, "application/json;charset=UTF-8", r.json().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return;
      }
    }
    x.error(404, "NoSuchEvent", "No audit event has the id " + id + ".");
  }

  /** {@code GET audit/last-accessed?principal=}. */
  public void lastAccessed(Exchange x) throws IOException {
    if (!authorized(x)) {
      return;
    }
    Read read = read(AuditQuery.all().principal(x.request().getParameter("principal")));
    List<Object> entries = new ArrayList<>();
    for (AuditQuery.LastAccess a : AuditQuery.lastAccessed(read.records())) {
      entries.add(Map.of("principal", a.principal(), "action", a.action(), "time", a.lastAllow().timeText(),
          "id", a.lastAllow().eventId()));
    }
    x.json(200, Map.of("entries", entries));
  }

  private boolean authorized(Exchange x) throws IOException {
    Optional<ConsoleSession> s = guard.require(x);
    if (s.isEmpty()) {
      return false;
    }
    Decision d = enforcer.decide(s.get().caller(), "cloudtrail:LookupEvents", "*", x.context(), EnforcementPoint.API,
        x.info());
    if (!d.isAllowed()) {
      x.error(403, "AccessDenied", d.message());
      return false;
    }
    return true;
  }

  private record Read(List<AuditRecord> records, AuditRecordReader reader, List<String> problems) {}

  private Read read(AuditQuery query) throws IOException {
    List<String> problems = new ArrayList<>();
    AuditRecordReader reader = new AuditRecordReader(p -> {
      if (problems.size() < 20) {
        problems.add(p);
      }
    });
    List<AuditRecord> out = new ArrayList<>();
    for (Path file : files()) {
      try {
        reader.read(file, r -> {
          if (query.matches(r)) {
            out.add(r);
          }
        });
      } catch (IOException e) {
        problems.add("cannot read " + file.getFileName() + ": " + e.getMessage());
      }
    }
    return new Read(out, reader, problems);
  }

  private List<Path> files() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : locations) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> {
            String n = f.getFileName().toString();
            return n.endsWith(".log") || n.endsWith(".log.gz");
          }).sorted().forEach(out::add);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static Instant time(String text, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": expected an ISO-8601 instant such as 2026-11-22T12:00:00Z, found \""
          + text + "\"");
    }
  }
}
