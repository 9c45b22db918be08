package io.gatehouse.cli;

import io.gatehouse.audit.AuditQuery;
import io.gatehouse.audit.AuditRecord;
import io.gatehouse.audit.AuditRecordReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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
    AuditQuery filter;
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
          if (filter.matches(r) && (!lastAccessed || r.isAllow())) {
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

  private AuditQuery filter() {
    if (lastAccessed && decision != null) {
      throw new IllegalArgumentException("--decision cannot be used with --last-accessed (it lists allows)");
    }
    try {
      return AuditQuery.all().since(since == null ? null : SinceTime.parse(since, Instant.now()))
          .principal(principal).action(action).decision(decision);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().startsWith("decision:") ? "--" + e.getMessage()
          : e.getMessage(), e);
    }
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
    List<AuditQuery.LastAccess> last = AuditQuery.lastAccessed(allows);
    TextTable table = new TextTable("PRINCIPAL", "ACTION", "LAST ALLOWED");
    Set<String> principals = new HashSet<>();
    for (AuditQuery.LastAccess a : last) {
      table.add(a.principal(), a.action(), a.lastAllow().timeText());
      principals.add(a.principal());
    }
    table.print(out);
    out.println(last.size() + (last.size() == 1 ? " action" : " actions") + " of " + principals.size()
        + (principals.size() == 1 ? " principal" : " principals"));
  }
}
