package io.gatehouse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private Path ordersPolicy() throws IOException {
    return write("orders.yaml", """
        Version: "2012-10-17"
        Statement:
          - Sid: ReadOrders
            Effect: Allow
            Action: shop:Get*
            Resource: arn:shop:orders::123456789012:order/*
          - Sid: NoDeletes
            Effect: Deny
            Action: shop:DeleteOrder
            Resource: "*"
        """);
  }

  @Test
  void everyCommandPrintsItsHelpWithDashDashHelp() {
    for (String[] command : List.of(
        new String[] {"validate"}, new String[] {"simulate"}, new String[] {"conformance"},
        new String[] {"sts"}, new String[] {"sts", "assume-role"}, new String[] {"audit"})) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      Run help = run(args);
      assertEquals(0, help.status(), String.join(" ", args) + ": " + help.err());
      assertTrue(help.out().startsWith("Usage: gatehouse " + String.join(" ", command)), help.out());
    }
    Run top = run("--help");
    assertTrue(top.out().contains("audit        Prints the audit trail's events that match, from its files."),
        top.out());
  }

  @Test
  void simulatePrintsTheDecisionFirstAndExitsZeroOnAllow() throws IOException {
    Run r = run("simulate", "--policy", ordersPolicy().toString(),
        "--principal", "arn:aws:iam::123456789012:user/alice",
        "--action", "shop:GetOrder", "--resource", "arn:shop:orders::123456789012:order/42", "--explain");
    assertEquals(0, r.status(), r.err());
    assertEquals("Allow", r.lines().get(0));
    assertTrue(r.out().contains("ReadOrders"), r.out());
  }

  @Test
  void simulateExitsOneOnDenyAndExplainsIt() throws IOException {
    Run deny = run("simulate", "--policy", ordersPolicy().toString(),
        "--principal", "arn:aws:iam::123456789012:user/alice",
        "--action", "shop:DeleteOrder", "--resource", "arn:shop:orders::123456789012:order/42", "--explain");
    assertEquals(1, deny.status());
    assertEquals("ExplicitDeny", deny.lines().get(0));
    assertTrue(deny.out().contains("NoDeletes"), deny.out());
    Run implicit = run("simulate", "--policy", ordersPolicy().toString(),
        "--principal", "arn:aws:iam::123456789012:user/alice",
        "--action", "shop:PutOrder", "--resource", "arn:shop:orders::123456789012:order/42");
    assertEquals(1, implicit.status());
    assertEquals(List.of("ImplicitDeny"), implicit.lines());
  }

  @Test
  void simulateUsesContextBoundaryScpsAndResourcePolicy() throws IOException {
    Path identity = write("id.json", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
        + "\"Action\":\"shop:*\",\"Resource\":\"*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}}");
    Path boundary = write("b.json", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
        + "\"Action\":\"shop:Get*\",\"Resource\":\"*\"}}");
    Path scp = write("scp.json", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
        + "\"Action\":\"*\",\"Resource\":\"*\"}}");
    String[] base = {"simulate", "--policy", identity.toString(), "--boundary", boundary.toString(),
        "--scp", scp.toString(), "--principal", "arn:aws:iam::123456789012:user/alice",
        "--resource", "arn:shop:orders::123456789012:order/42"};
    assertEquals("Allow", run(concat(base, "--action", "shop:GetOrder", "--context", "aws:SourceIp=10.1.2.3")).lines().get(0));
    assertEquals("ImplicitDeny", run(concat(base, "--action", "shop:GetOrder", "--context", "aws:SourceIp=192.0.2.1")).lines().get(0));
    assertEquals("ImplicitDeny", run(concat(base, "--action", "shop:PutOrder", "--context", "aws:SourceIp=10.1.2.3")).lines().get(0));
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void simulateExitsTwoOnBadInput() throws IOException {
    Path broken = write("broken.json", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Alow\",\"Action\":\"s:a\",\"Resource\":\"*\"}}");
    Run r = run("simulate", "--policy", broken.toString(), "--principal", "arn:aws:iam::123456789012:user/a",
        "--action", "s:a", "--resource", "*");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("broken.json:1:47: Statement.Effect: expected \"Allow\" or \"Deny\", found \"Alow\""), r.err());
    assertEquals(2, run("simulate", "--principal", "not-an-arn", "--action", "s:a", "--resource", "*").status());
    assertEquals(2, run("simulate", "--action", "s:a").status());
  }

  @Test
  void validateReportsEveryErrorAndCounts() throws IOException {
    ordersPolicy();
    write("bad.yaml", """
        Version: "2012-10-17"
        Statement:
          - Effect: Alow
            Action: GetOrder
            Resource: "*"
        """);
    Run r = run("validate", dir.toString());
    assertEquals(1, r.status());
    assertEquals(List.of(
        dir.resolve("bad.yaml") + ":3:13: Statement[0].Effect: expected \"Allow\" or \"Deny\", found \"Alow\"",
        dir.resolve("bad.yaml") + ":4:13: Statement[0].Action: expected \"*\" or \"service:action\", found \"GetOrder\"",
        "2 files, 2 errors"), r.lines());
    assertEquals(0, run("validate", dir.resolve("orders.yaml").toString()).status());
  }

  @Test
  void conformanceReportsFailuresAndTheClosingLine() throws IOException {
    write("cases.json", """
        {"suite": "t", "cases": [
          {"id": "ok", "request": {"principal": "arn:aws:iam::111111111111:user/a", "action": "s:A", "resource": "*"},
           "expect": "ImplicitDeny"},
          {"id": "wrong", "request": {"principal": "arn:aws:iam::111111111111:user/a", "action": "s:A", "resource": "*"},
           "expect": "Allow"}
        ]}
        """);
    Run r = run("conformance", dir.toString());
    assertEquals(1, r.status());
    assertTrue(r.out().contains("wrong: expected Allow, got ImplicitDeny"), r.out());
    assertEquals("1 passed, 1 failed", r.lines().get(r.lines().size() - 1));
  }

  @Test
  void conformancePassesTheSharedCorpus() {
    Path shared = null;
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/conformance"))) {
        shared = p.resolve("shared/conformance");
        break;
      }
    }
    assertTrue(shared != null, "shared/conformance beside the repository");
    Run r = run("conformance", shared.toString());
    assertEquals(0, r.status(), r.out());
    assertTrue(r.lines().get(r.lines().size() - 1).matches("\\d+ passed, 0 failed"), r.out());
  }
}
