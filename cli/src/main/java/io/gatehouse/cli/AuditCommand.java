package io.gatehouse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gatehouse audit FILE...}: lists audit events (decisions and changes) matching filters, or
 * with {@code --last-accessed} when each principal was last allowed each action.
 */
@Command(
    name = "audit",
    description = {
      "Prints the audit trail's events that match, from its files.",
      "Reads audit files (JSON lines of the audit trail, .gz files too) and prints the events",
      "that match, oldest first, as a table ending with a count line.",
      "With --last-accessed: for each principal, each action last allowed and when.",
      "Malformed lines are reported as file:line: why, and skipped.",
      "Exit status: 0 all lines read, 1 malformed lines skipped, 2 bad input."
    })
final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Audit files (gatehouse-audit.log, rolled .log.gz).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--principal", paramLabel = "ARN",
      description = "Only this caller; a role's ARN also selects its sessions.")
  String principal;

  @Option(names = "--action", paramLabel = "NAME",
      description = "Only this action: service:Name or Name, case-insensitive, * and ? as wildcards.")
  String action;

  @Option(names = "--decision", paramLabel = "DECISION",
      description = "Only decisions of this kind: Allow, Deny (either deny), ExplicitDeny or ImplicitDeny.")
  String decision;

  @Option(names = "--since", paramLabel = "TIME",
      description = "Only events at or after TIME: 2026-11-22T12:00:00Z, 2026-11-22, or back from now: 30m, 1h, 7d.")
  String since;

  @Option(names = "--last-accessed", description = "For each principal, each action last allowed and when.")
  boolean lastAccessed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RecordFilter filter;
    try {
      filter = filter();
    } catch (IllegalArgumentException e) {
      err.println("gatehouse audit: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    AuditRecordReader reader = new AuditRecordReader(err::println);
    List<AuditRecord> matching = new ArrayList<>();
    for (Path file : files) {
      try {
        reader.read(file, r -> {
          if (filter.test(r)) {
            matching.add(r);
          }
        });
      } catch (IOException e) {
        err.println("gatehouse audit: cannot read " + file + ": " + e.getMessage());
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
    }
    matching.sort(Comparator.comparing(AuditRecord::time));
    if (lastAccessed) {
      printLastAccessed(out, matching);
    } else {
      printEvents(out, matching, reader.read());
    }
    if (reader.malformed() > 0) {
      out.println(reader.malformed() + (reader.malformed() == 1 ? " malformed line" : " malformed lines") + " skipped");
    }
    out.flush();
    err.flush();
    return reader.malformed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private RecordFilter filter() {
    if (lastAccessed && decision != null) {
      throw new IllegalArgumentException("--decision cannot be used with --last-accessed (it lists allows)");
    }
    Instant from = since == null ? null : SinceTime.parse(since, Instant.now());
    Pattern actionPattern = action == null ? null : wildcard(action);
    String wanted = decision == null ? null : decisionFilter(decision);
    return r -> (from == null || !r.time().isBefore(from))
        && (principal == null || principal.equals(r.principal()) || principal.equals(r.issuer()))
        && (actionPattern == null
            || actionPattern.matcher(action.indexOf(':') < 0 ? r.action().substring(r.action().indexOf(':') + 1)
                : r.action()).matches())
        && (wanted == null || r.isDecision() && (wanted.equals("Deny") ? !r.isAllow() : wanted.equals(r.outcome())))
        && (!lastAccessed || r.isAllow());
  }

  private static String decisionFilter(String text) {
    for (String d : List.of("Allow", "Deny", "ExplicitDeny", "ImplicitDeny")) {
      if (d.equalsIgnoreCase(text)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "--decision: expected Allow, Deny, ExplicitDeny or ImplicitDeny, found \"" + text + "\"");
  }

  private static Pattern wildcard(String glob) {
    StringBuilder regex = new StringBuilder();
    for (String part : glob.split("((?<=[*?])|(?=[*?]))")) {
      regex.append(part.equals("*") ? ".*" : part.equals("?") ? "." : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
  }

  private static void printEvents(PrintWriter out, List<AuditRecord> records, int read) {
    TextTable table = new TextTable("TIME", "DECISION", "PRINCIPAL", "ACTION", "RESOURCE", "POINT");
    for (AuditRecord r : records) {
      table.add(r.timeText(), r.outcome(), r.principal(), r.action(), r.resource(), r.point());
    }
    table.print(out);
    out.println(records.size() + " of " + read + " events");
  }

  private static void printLastAccessed(PrintWriter out, List<AuditRecord> allows) {
    // principal -> action (case-insensitive, as IAM compares actions) -> the latest allow
    Map<String, Map<String, AuditRecord>> last = new TreeMap<>();
    for (AuditRecord r : allows) {
      last.computeIfAbsent(r.principal(), p -> new TreeMap<>())
          .merge(r.action().toLowerCase(Locale.ROOT), r, (a, b) -> b.time().isBefore(a.time()) ? a : b);
    }
    TextTable table = new TextTable("PRINCIPAL", "ACTION", "LAST ALLOWED");
    int actions = 0;
    for (Map.Entry<String, Map<String, AuditRecord>> p : last.entrySet()) {
      for (AuditRecord r : p.getValue().values()) {
        table.add(p.getKey(), r.action(), r.timeText());
        actions++;
      }
    }
    table.print(out);
    out.println(actions + (actions == 1 ? " action" : " actions") + " of " + last.size()
        + (last.size() == 1 ? " principal" : " principals"));
  }

  /** Which records to show. */
  private interface RecordFilter {
    boolean test(AuditRecord record);
  }
}
