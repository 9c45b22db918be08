package io.gatehouse.cli;

import static io.gatehouse.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.ChangeEvent;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.audit.PrincipalIds;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gatehouse audit} on files written by the audit trail. */
class AuditCommandTest {
  private static final String ALICE = "arn:aws:iam::123456789012:user/alice";
  private static final String BOB = "arn:aws:iam::123456789012:user/bob";
  private static final String SESSION = "arn:aws:sts::123456789012:assumed-role/support/s1";
  private static final String ORDER = "arn:shop:orders::123456789012:order/1";
  private static final String PRODUCT = "arn:shop:catalog::123456789012:product/3";

  @TempDir Path dir;
  private AccountAuthorizer authorizer;
  private Accounts accounts;

  @BeforeEach
  void readExampleAccount() {
    accounts = Accounts.of(new AccountFiles().read(Path.of("../examples/accounts/shop.yaml")));
    authorizer = AccountAuthorizer.of(accounts);
  }

  private static Caller caller(String arn) {
    return arn.equals("anonymous") ? Caller.anonymous() : Caller.asserted(Principal.fromArn(arn));
  }

  private void decide(Log4jAuditTrail trail, String time, String who, String action, String resource) {
    Caller caller = caller(who);
    trail.decision(new DecisionEvent(Instant.parse(time), "id-" + time, caller,
        authorizer.decide(caller, action, resource, RequestContext.empty()), EnforcementPoint.FILTER,
        EnforcementMode.ENFORCE, RequestInfo.none()));
  }

  /** Writes a day of events in {@code dir/DAY} and returns the file. */
  private Path day(String name) throws Exception {
    Path d = dir.resolve(name);
    try (Log4jAuditTrail trail = Log4jAuditTrail.open(AuditOptions.inDirectory(d), PrincipalIds.of(() -> accounts))) {
      decide(trail, "2026-11-22T09:00:00Z", ALICE, "shop:GetOrder", ORDER);
      decide(trail, "2026-11-22T09:05:00Z", BOB, "shop:GetOrder", ORDER);
      decide(trail, "2026-11-22T09:10:00Z", SESSION, "shop:RefundOrder", ORDER);
      decide(trail, "2026-11-22T09:15:00Z", "anonymous", "shop:GetProduct", PRODUCT);
      decide(trail, "2026-11-22T10:00:00Z", ALICE, "shop:GetOrder", ORDER);
      decide(trail, "2026-11-22T10:30:00Z", SESSION, "shop:GetOrder", ORDER);
      trail.change(new ChangeEvent(Instant.parse("2026-11-22T11:00:00Z"), "id-change", caller(ALICE),
          "iam.amazonaws.com", "CreateUser", Map.of("userName", "carol"), List.of("arn:aws:iam::123456789012:user/carol"),
          null, null, RequestInfo.none()));
    }
    return d.resolve("gatehouse-audit.log");
  }

  private static Path gzip(Path file) throws Exception {
    Path gz = file.resolveSibling("gatehouse-audit-2026-11-22.log.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(file, out);
    }
    Files.delete(file);
    return gz;
  }

  @Test
  void listsEventsOldestFirstAsATable() throws Exception {
    CliTest.Run r = run("audit", day("a").toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of(
        "TIME                  DECISION      PRINCIPAL                                          ACTION            RESOURCE                                  POINT",
        "2026-11-22T09:00:00Z  Allow         arn:aws:iam::123456789012:user/alice               shop:GetOrder     arn:shop:orders::123456789012:order/1     filter",
        "2026-11-22T09:05:00Z  ImplicitDeny  arn:aws:iam::123456789012:user/bob                 shop:GetOrder     arn:shop:orders::123456789012:order/1     filter",
        "2026-11-22T09:10:00Z  ImplicitDeny  arn:aws:sts::123456789012:assumed-role/support/s1  shop:RefundOrder  arn:shop:orders::123456789012:order/1     filter",
        "2026-11-22T09:15:00Z  Allow         anonymous                                          shop:GetProduct   arn:shop:catalog::123456789012:product/3  filter",
        "2026-11-22T10:00:00Z  Allow         arn:aws:iam::123456789012:user/alice               shop:GetOrder     arn:shop:orders::123456789012:order/1     filter",
        "2026-11-22T10:30:00Z  Allow         arn:aws:sts::123456789012:assumed-role/support/s1  shop:GetOrder     arn:shop:orders::123456789012:order/1     filter",
        "2026-11-22T11:00:00Z  Succeeded     arn:aws:iam::123456789012:user/alice               iam:CreateUser    arn:aws:iam::123456789012:user/carol      -",
        "7 of 7 events"), r.lines());
  }

  @Test
  void filtersByPrincipalActionDecisionAndTime() throws Exception {
    String file = day("a").toString();
    CliTest.Run role = run("audit", file, "--principal", "arn:aws:iam::123456789012:role/support");
    assertEquals(4, role.lines().size(), role.out());
    assertEquals("2 of 7 events", role.lines().get(3));
    CliTest.Run denies = run("audit", file, "--decision", "Deny");
    assertEquals("2 of 7 events", denies.lines().get(denies.lines().size() - 1));
    assertTrue(denies.lines().stream().skip(1).limit(2).allMatch(l -> l.contains("ImplicitDeny")), denies.out());
    assertEquals("3 of 7 events", last(run("audit", file, "--decision", "allow", "--action", "GetOrder")));
    assertEquals("5 of 7 events", last(run("audit", file, "--action", "shop:get*")));
    assertEquals("1 of 7 events", last(run("audit", file, "--action", "iam:CreateUser")));
    assertEquals("3 of 7 events", last(run("audit", file, "--since", "2026-11-22T10:00:00Z")));
    assertEquals("7 of 7 events", last(run("audit", file, "--since", "2026-11-22")));
    assertEquals("2 of 7 events", last(run("audit", file, "--principal", ALICE, "--since", "2026-11-22T09:30")));
  }

  @Test
  void readsRolledGzipFilesAndReportsMalformedLines() throws Exception {
    Path rolled = gzip(day("a"));
    Path current = day("b");
    Files.writeString(current, "not json\n{\"eventTime\":\"yesterday\",\"eventSource\":\"shop.gatehouse\"}\n",
        StandardOpenOption.APPEND);
    CliTest.Run r = run("audit", rolled.toString(), current.toString(), "--decision", "ExplicitDeny");
    assertEquals(1, r.status());
    assertEquals(List.of(current + ":8: not JSON: Unrecognized token 'not': was expecting (JSON String, Number,"
        + " Array, Object or token 'null', 'true' or 'false')",
        current + ":9: eventTime is not an ISO-8601 instant: \"yesterday\""), r.err().lines().toList());
    assertEquals(List.of("TIME  DECISION  PRINCIPAL  ACTION  RESOURCE  POINT", "0 of 14 events",
        "2 malformed lines skipped"), r.lines());
  }

  @Test
  void sinceAcceptsATimeBackFromNow() throws Exception {
    Path d = dir.resolve("now");
    Instant now = Instant.now();
    try (Log4jAuditTrail trail = Log4jAuditTrail.open(AuditOptions.inDirectory(d))) {
      decide(trail, now.minusSeconds(3 * 3600).toString(), ALICE, "shop:GetOrder", ORDER);
      decide(trail, now.minusSeconds(20 * 60).toString(), ALICE, "shop:ListOrders", ORDER);
    }
    String file = d.resolve("gatehouse-audit.log").toString();
    assertEquals("1 of 2 events", last(run("audit", file, "--since", "1h")));
    assertEquals("0 of 2 events", last(run("audit", file, "--since", "10m")));
    assertEquals("2 of 2 events", last(run("audit", file, "--since", "1d")));
  }

  @Test
  void lastAccessedListsEachActionLastAllowedPerPrincipal() throws Exception {
    CliTest.Run r = run("audit", "--last-accessed", day("a").toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of(
        "PRINCIPAL                                          ACTION           LAST ALLOWED",
        "anonymous                                          shop:GetProduct  2026-11-22T09:15:00Z",
        "arn:aws:iam::123456789012:user/alice               shop:GetOrder    2026-11-22T10:00:00Z",
        "arn:aws:sts::123456789012:assumed-role/support/s1  shop:GetOrder    2026-11-22T10:30:00Z",
        "3 actions of 3 principals"), r.lines());
  }

  @Test
  void badOptionsAndUnreadableFilesAreBadInput() throws Exception {
    String file = day("a").toString();
    CliTest.Run decision = run("audit", file, "--decision", "Maybe");
    assertEquals(2, decision.status());
    assertEquals("gatehouse audit: --decision: expected Allow, Deny, ExplicitDeny or ImplicitDeny, found \"Maybe\"",
        decision.err().strip());
    CliTest.Run since = run("audit", file, "--since", "last week");
    assertEquals(2, since.status());
    assertTrue(since.err().contains("--since: expected an ISO-8601 time"), since.err());
    CliTest.Run both = run("audit", "--last-accessed", "--decision", "Allow", file);
    assertEquals(2, both.status());
    CliTest.Run missing = run("audit", dir.resolve("missing.log").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().startsWith("gatehouse audit: cannot read " + dir.resolve("missing.log")), missing.err());
  }

  private static String last(CliTest.Run r) {
    List<String> lines = r.lines();
    return lines.get(lines.size() - 1);
  }
}
