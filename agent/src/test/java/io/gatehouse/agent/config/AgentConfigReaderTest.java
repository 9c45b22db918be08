package io.gatehouse.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentConfigReaderTest {
  @TempDir
  Path dir;

  private Path write(String yaml) throws IOException {
    Files.writeString(dir.resolve("shop.yaml"), "AccountId: \"123456789012\"\n");
    return Files.writeString(dir.resolve("gatehouse.yaml"), yaml);
  }

  @Test
  void readsEveryKeyWithPathsRelativeToTheFile() throws IOException {
    AgentConfig c = new AgentConfigReader().read(write("""
        accounts: [shop.yaml]
        mode: report-only
        principal: arn:aws:sts::123456789012:assumed-role/batch/nightly
        audit: {directory: logs, allow: "sampled(10)", failClosed: false}
        pointcuts:
          - {class: "com.acme.*Billing", method: "delete*", action: billing:DeleteInvoice, resource: "inv/{0}"}
        """));
    assertEquals(List.of(dir.resolve("shop.yaml")), c.accountFiles().stream().map(Path::normalize).toList());
    assertEquals(EnforcementMode.REPORT_ONLY, c.mode());
    assertEquals(Optional.of("arn:aws:sts::123456789012:assumed-role/batch/nightly"), c.principal());
    assertEquals(dir.resolve("logs"), c.audit().directory());
    assertEquals(false, c.audit().failClosed());
    Pointcut p = c.pointcuts().get(0);
    assertEquals(true, p.matchesClass("com.acme.LegacyBilling"));
    assertEquals(false, p.matchesClass("com.acme.LegacyBilling$Inner2"));
    assertEquals(true, p.matchesMethod("deleteAll"));
  }

  @Test
  void defaultsToEnforceAnonymousAndAuditNextToTheFile() throws IOException {
    AgentConfig c = new AgentConfigReader().read(write("accounts: shop.yaml\n"));
    assertEquals(EnforcementMode.ENFORCE, c.mode());
    assertEquals(Optional.empty(), c.principal());
    assertEquals(dir, c.audit().directory());
  }

  @Test
  void reportsEveryProblemWithItsLineAndColumn() throws IOException {
    Path file = write("""
        accounts: [shop.yaml, missing.yaml]
        mode: enforcing
        principal: alice
        audit: {allow: some}
        pointcuts:
          - {class: com.acme.Billing, method: "delete*", action: DeleteInvoice, resource: "inv/{0", extra: 1}
        routes: {}
        modes: enforce
        """);
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> new AgentConfigReader().read(file));
    List<String> lines = e.problems().stream().map(PolicyProblem::toString).toList();
    String f = file.toString();
    assertEquals(List.of(
        f + ":1:23: accounts[1]: account file " + dir.resolve("missing.yaml") + " does not exist",
        f + ":2:7: mode: expected \"enforce\" or \"report-only\", found \"enforcing\"",
        f + ":3:12: principal: invalid principal ARN \"alice\": not an ARN",
        f + ":4:8: audit: allow: expected \"all\", \"none\" or \"sampled(N)\", found \"some\"",
        f + ":6:58: pointcuts[0].action: expected SERVICE:ACTION, found \"DeleteInvoice\"",
        f + ":6:83: pointcuts[0].resource: unclosed \"{\" at character 5 of \"inv/{0\"",
        f + ":6:93: pointcuts[0].extra: unknown key \"extra\"",
        f + ":7:9: routes: expected an array of routes",
        f + ":8:1: modes: unknown key \"modes\"; did you mean \"mode\"?"), lines);
  }

  @Test
  void aMissingFileIsAProblemToo() {
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
        () -> new AgentConfigReader().read(dir.resolve("none.yaml")));
    assertEquals(1, e.problems().size());
  }

  @Test
  void readsHttpRoutesAsTheServletFilterDoes() throws IOException {
    Files.writeString(dir.resolve("shop.yaml"), "AccountId: \"123456789012\"\n");
    Path f = dir.resolve("gatehouse.yaml");
    Files.writeString(f, """
        accounts: [shop.yaml]
        routes:
          - {method: GET, path: "/orders/{id}", action: shop:GetOrder, resource: "arn:shop:orders::123456789012:order/{id}"}
        unmatched: pass
        """);
    AgentConfig c = new AgentConfigReader().read(f);
    assertEquals(1, c.http().orElseThrow().routes().size());
    assertEquals(io.gatehouse.http.UnmatchedRequests.PASS, c.http().get().unmatched());
    assertTrue(new AgentConfigReader().read(write("accounts: [shop.yaml]\n")).http().isEmpty());
  }

  @Test
  void takesAStoreInsteadOfAccountFilesButNotBoth() throws IOException {
    Files.createDirectories(dir.resolve("accounts"));
    Files.writeString(dir.resolve("accounts/shop.yaml"), "AccountId: \"123456789012\"\n");
    Path f = dir.resolve(writeConfig("store: {type: file, path: accounts/, encryptionKeyEnv: NO_SUCH_KEY}\n"));
    AgentConfig c = new AgentConfigReader().read(f);
    assertEquals("file", c.common().store().orElseThrow().type());
    assertTrue(c.accountFiles().isEmpty());
    Path both = dir.resolve(writeConfig("accounts: [accounts/shop.yaml]\nstore: {type: file, path: accounts/, encryptionKeyEnv: K}\n"));
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> new AgentConfigReader().read(both));
    assertEquals(List.of(both + ":2:1: store: give either \"accounts\" (account files) or \"store\", not both"),
        e.problems().stream().map(Object::toString).toList());
  }

  private String writeConfig(String text) throws IOException {
    Path f = Files.createTempFile(dir, "gatehouse", ".yaml");
    Files.writeString(f, text);
    return f.getFileName().toString();
  }
}
