package io.gatehouse.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts real JVMs with {@code -javaagent:target/gatehouse-agent.jar=gatehouse.yaml} on a small host
 * application (compiled here) that bundles its own Byte Buddy (another version) and its own copy of
 * Gatehouse. One host JVM runs every scenario and prints one line per scenario.
 */
class AgentIT {
  static final String ALICE = "arn:aws:iam::123456789012:user/alice";
  static final String BOB = "arn:aws:iam::123456789012:user/bob";
  static final String BATCH = "arn:aws:sts::123456789012:assumed-role/batch/nightly";
  static final String ACCOUNTS = """
      AccountId: "123456789012"
      GroupDetailList:
        - GroupName: admins
      UserDetailList:
        - UserName: alice
          GroupList: [admins]
          UserPolicyList:
            - PolicyName: billing
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: [billing:GetInvoice, shop:ViewOrder]
                    Resource: "*"
                  - Effect: Allow
                    Action: billing:ArchiveInvoice
                    Resource: arn:billing:invoices::123456789012:invoice/1*
                  - Effect: Allow
                    Action: billing:Refund
                    Resource: "*"
                    Condition: { NumericLessThan: { shop:Amount: "100" } }
                  - Effect: Allow
                    Action: sts:AssumeRole
                    Resource: "*"
        - UserName: bob
      RoleDetailList:
        - RoleName: batch
          AssumeRolePolicyDocument:
            Version: "2012-10-17"
            Statement: { Effect: Allow, Principal: { AWS: "123456789012" }, Action: sts:AssumeRole }
          RolePolicyList:
            - PolicyName: batch
              PolicyDocument:
                Version: "2012-10-17"
                Statement: { Effect: Allow, Action: [billing:GetInvoice, billing:PurgeInvoices], Resource: "*" }
      SigningKeys:
        - KeyId: it-key
          Secret: "%s"
          CreateDate: "2026-01-01T00:00:00Z"
      """.formatted(java.util.Base64.getEncoder().encodeToString(new byte[32]));
  static final String CONFIG = """
      accounts: [billing.yaml]
      mode: %s
      principal: arn:aws:sts::123456789012:assumed-role/batch/nightly
      audit: {directory: audit}
      pointcuts:
        - class: "com.acme.Legacy*"
          method: "purge*"
          action: billing:PurgeInvoices
          resource: "arn:billing:invoices::${aws:PrincipalAccount}:tenant/{0}"
      """;

  @TempDir
  static Path dir;
  static Path hostClasses;
  static Path webappClasses;

  @BeforeAll
  static void compileHost() throws IOException {
    assertTrue(Files.isRegularFile(HostJvm.AGENT_JAR), "the agent jar is built: " + HostJvm.AGENT_JAR);
    hostClasses = HostJvm.compile("it-host", dir.resolve("host-classes"));
    webappClasses = HostJvm.compile("it-webapp", dir.resolve("webapp-classes"));
  }

  static Path configured(String name, String mode) {
    Path work = dir.resolve(name);
    HostJvm.write(work.resolve("billing.yaml"), ACCOUNTS);
    HostJvm.write(work.resolve("gatehouse.yaml"), CONFIG.formatted(mode));
    return work;
  }

  static HostJvm.Run host(Path java, Path work, String... args) throws Exception {
    List<Path> cp = new ArrayList<>();
    cp.add(hostClasses);
    cp.addAll(HostJvm.libraries());
    return HostJvm.run(java, work, List.of("-javaagent:" + HostJvm.AGENT_JAR.toAbsolutePath() + "=gatehouse.yaml"),
        cp, "com.acme.HostMain", args);
  }

  static String denied(String principal, String action, String resource) {
    return "AccessDeniedException: User: " + principal + " is not authorized to perform: " + action
        + " on resource: " + resource + " because no identity-based policy allows the " + action + " action";
  }

  @Test
  void enforcesOnJava17() throws Exception {
    Path work = configured("java17", "enforce");
    HostJvm.Run run = host(HostJvm.javaOfThisJvm(), work, "all", webappClasses.toString());
    assertEnforced(run, work);
  }

  @Test
  void enforcesOnJava25() throws Exception {
    Path java = Path.of(System.getProperty("gatehouse.java25.home", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java");
    assumeTrue(Files.isExecutable(java), "no Java 25 at " + java);
    Path work = configured("java25", "enforce");
    HostJvm.Run run = host(java, work, "all", webappClasses.toString());
    assertEnforced(run, work);
  }

  static void assertEnforced(HostJvm.Run run, Path work) throws IOException {
    assertEquals(0, run.exitCode(), run.stderr());
    Map<String, String> r = run.results();
    String invoices = "arn:billing:invoices::123456789012:";
    assertEquals("invoice 7", r.get("allowed"), run.stderr());
    assertEquals(denied(BOB, "billing:GetInvoice", invoices + "invoice/8"), r.get("denied"));
    assertEquals("true", r.get("deniedHostClass"), "the host's own AccessDeniedException is thrown");
    assertEquals("invoice 9", r.get("processPrincipal"));
    assertEquals(denied(ALICE, "billing:CreateInvoice", invoices + "invoice/3"), r.get("constructor"));
    assertEquals(denied(ALICE, "billing:PurgeInvoices", invoices + "tenant/acme"), r.get("pointcutAlice"));
    assertEquals("purged acme", r.get("pointcutProcess"));
    assertEquals("1.0", r.get("pointcutOtherMethod"));
    assertEquals("ok", r.get("rolesAlice"));
    assertTrue(r.get("rolesBob").startsWith("AccessDeniedException: User: " + BOB
        + " is not authorized to perform: jakarta:RolesAllowed on resource: arn:gatehouse:java:::method/com.acme.Admin.audit"),
        r.get("rolesBob"));
    assertTrue(r.get("denyAll").startsWith("AccessDeniedException: User: " + ALICE
        + " is not authorized to perform: jakarta:DenyAll"), r.get("denyAll"));
    assertEquals("ok", r.get("permitAll"));
    assertEquals("refunded 20", r.get("contextKeySmall"));
    assertEquals(denied(ALICE, "billing:Refund", invoices + "invoice/7"), r.get("contextKeyLarge"));
    assertEquals("archived 11", r.get("propertyPath"));
    assertEquals(denied(ALICE, "billing:ArchiveInvoice", invoices + "invoice/22"), r.get("propertyPathDenied"));
    assertEquals("refunded 20", r.get("executor"));
    assertEquals(denied(BATCH, "billing:Refund", invoices + "invoice/7"), r.get("executorCleared"));
    assertEquals("true", r.get("isAllowed"));
    assertEquals(denied(ALICE, "billing:DeleteInvoice", invoices + "invoice/1"), r.get("check"));
    assertEquals("made by the host's Byte Buddy", r.get("hostByteBuddy"));
    assertEquals("webapp", r.get("webappOwnCopy"));
    assertEquals("order 5", r.get("webappAlice"));
    assertEquals("io.gatehouse." + denied(BOB, "shop:ViewOrder", "arn:shop:orders::123456789012:order/5"),
        r.get("webappBob"));
    assertEquals(ALICE, r.get("webappSeesHostContext"));
    assertEquals(25, r.size(), r.toString());

    List<String> events = Files.readAllLines(work.resolve("audit/gatehouse-audit.log"));
    assertTrue(events.stream().anyMatch(e -> e.contains("\"eventName\":\"GetInvoice\"") && e.contains("\"decision\":\"Allow\"")
        && e.contains("\"enforcementPoint\":\"agent\"")), String.join("\n", events));
    assertTrue(events.stream().anyMatch(e -> e.contains("\"eventName\":\"DeleteInvoice\"")
        && e.contains("\"enforcementPoint\":\"programmatic\"")));
    assertTrue(events.stream().anyMatch(e -> e.contains("\"eventName\":\"DenyAll\"")
        && e.contains("because the method is @DenyAll") && !e.contains("evaluationError")),
        "a refusal is an ordinary deny, not a failed evaluation");
  }

  @Test
  void decidesABoundRoleSessionWithItsSessionPolicy() throws Exception {
    Path work = configured("session", "enforce");
    List<Path> cp = new ArrayList<>();
    cp.add(hostClasses);
    cp.addAll(HostJvm.libraries());
    // The host issues the session with its own STS over the same account file (as a servlet filter's would).
    cp.add(HostJvm.location(org.yaml.snakeyaml.Yaml.class));
    cp.add(HostJvm.location(com.fasterxml.jackson.core.JsonFactory.class));
    HostJvm.Run run = HostJvm.run(HostJvm.javaOfThisJvm(), work,
        List.of("-javaagent:" + HostJvm.AGENT_JAR.toAbsolutePath() + "=gatehouse.yaml"), cp, "com.acme.HostMain",
        "session");
    assertEquals(0, run.exitCode(), run.stderr());
    Map<String, String> r = run.results();
    String invoices = "arn:billing:invoices::123456789012:";
    assertEquals("invoice 12", r.get("sessionAllowed"), run.stderr());
    assertTrue(r.get("sessionPolicyDenies").startsWith("AccessDeniedException: User: " + BATCH
        + " is not authorized to perform: billing:GetInvoice on resource: " + invoices + "invoice/27 because no "
        + "session policy allows the billing:GetInvoice action"), r.get("sessionPolicyDenies"));
    assertEquals("invoice 27", r.get("roleArnAlone"), "without the session, the role's policies alone decide");
    assertTrue(r.get("tamperedToken").startsWith("AccessDeniedException: User: Anonymous is not authorized"),
        r.get("tamperedToken"));
    assertEquals(4, r.size(), r.toString());
    List<String> events = Files.readAllLines(work.resolve("audit/gatehouse-audit.log"));
    assertTrue(events.stream().anyMatch(e -> e.contains("do not verify") && e.contains("\"eventName\":\"GetInvoice\"")),
        String.join("\n", events));
    String token = run.stdout().lines().filter(l -> l.startsWith("TOKEN ")).findFirst().orElseThrow().substring(6);
    assertTrue(events.stream().noneMatch(e -> e.contains(token)), "no session token in the audit trail");
    assertFalse(run.stderr().contains(token), "no session token on standard error");
  }

  @Test
  void refusesToLoadAClassItCannotInstrument() throws Exception {
    Path work = configured("oversized", "enforce");
    Path generated = OversizedClass.write(dir.resolve("oversized-classes"));
    List<Path> cp = new ArrayList<>();
    cp.add(hostClasses);
    cp.add(generated);
    cp.addAll(HostJvm.libraries());
    HostJvm.Run run = HostJvm.run(HostJvm.javaOfThisJvm(), work,
        List.of("-javaagent:" + HostJvm.AGENT_JAR.toAbsolutePath() + "=gatehouse.yaml"), cp, "com.acme.HostMain",
        "oversized");
    assertEquals(0, run.exitCode(), run.stderr());
    String refused = "java.lang.SecurityException: the Gatehouse agent could not instrument com.acme.Oversized "
        + "[com.acme.Oversized.read] to enforce its calls (";
    String first = run.results().get("oversizedFirstUse");
    assertTrue(first.startsWith("ExceptionInInitializerError caused by " + refused), first);
    assertTrue(first.contains("MethodTooLargeException") && first.endsWith("so the class is not loaded: it would run "
        + "unenforced"), first);
    assertTrue(run.results().get("oversizedAgain").startsWith("NoClassDefFoundError"), run.results().toString());
    assertTrue(run.stderr().contains("could not instrument com.acme.Oversized"), run.stderr());
    List<String> events = Files.readAllLines(work.resolve("audit/gatehouse-audit.log"));
    assertTrue(events.stream().anyMatch(e -> e.contains("\"eventName\":\"InstrumentClass\"")
        && e.contains("arn:gatehouse:java:::class/com.acme.Oversized") && e.contains("MethodTooLargeException")),
        String.join("\n", events));
  }

  @Test
  void runsTheSameClassWithoutTheAgent() throws Exception {
    Path work = configured("oversized-plain", "enforce");
    Path generated = OversizedClass.write(dir.resolve("oversized-plain-classes"));
    List<Path> cp = new ArrayList<>();
    cp.add(hostClasses);
    cp.add(generated);
    cp.addAll(HostJvm.libraries());
    HostJvm.Run run = HostJvm.run(HostJvm.javaOfThisJvm(), work, List.of(), cp, "com.acme.HostMain", "oversized");
    assertEquals(Map.of("oversizedFirstUse", "7", "oversizedAgain", "7"), run.results(), run.stderr());
  }

  @Test
  void reportOnlyLetsTheDenyThroughAndAuditsIt() throws Exception {
    Path work = configured("report", "report-only");
    HostJvm.Run run = host(HostJvm.javaOfThisJvm(), work, "report");
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals(Map.of("reportOnly", "deleted 8"), run.results());
    List<String> events = Files.readAllLines(work.resolve("audit/gatehouse-audit.log"));
    assertEquals(1, events.size(), events.toString());
    String e = events.get(0);
    assertTrue(e.contains("\"eventName\":\"DeleteInvoice\"") && e.contains("\"decision\":\"ImplicitDeny\"")
        && e.contains("\"mode\":\"report-only\"") && e.contains("\"arn\":\"" + BOB + "\""), e);
  }

  @Test
  void refusesToStartWithABadConfiguration() throws Exception {
    Path work = configured("bad", "enforce");
    HostJvm.write(work.resolve("gatehouse.yaml"), """
        accounts: [billing.yaml]
        mode: enforcing
        """);
    HostJvm.Run run = host(HostJvm.javaOfThisJvm(), work, "report");
    assertEquals(1, run.exitCode(), run.stderr());
    assertFalse(run.stdout().contains("RESULT"), "main did not run");
    assertFalse(run.stderr().contains("FATAL ERROR"), run.stderr());
    assertTrue(run.stderr().contains("gatehouse.yaml:2:7: mode: expected \"enforce\" or \"report-only\", found \"enforcing\""),
        run.stderr());
  }
}
