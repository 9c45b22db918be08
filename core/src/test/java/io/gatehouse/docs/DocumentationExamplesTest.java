package io.gatehouse.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of the documentation ({@code docs/*.md} at the repository root, or the folder
 * named by {@code gatehouse.docs.dir}): each marked policy and account must be valid, and each
 * decision a {@code gatehouse-check} block states must be the one Gatehouse makes. A failure names
 * the page and line. The marker format is described in {@code docs/policies.md} ("How the examples
 * are tested") and in {@link CheckSpec}.
 */
class DocumentationExamplesTest {

  static Path repository() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("docs")) && Files.isDirectory(p.resolve("core"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository with docs/ above " + here);
  }

  static Path docsDir() {
    String configured = System.getProperty("gatehouse.docs.dir");
    return configured != null ? Path.of(configured) : repository().resolve("docs");
  }

  static List<PageExamples.Example> examplesOf(Path dir) throws IOException {
    List<PageExamples.Example> all = new ArrayList<>();
    try (Stream<Path> pages = Files.list(dir)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        all.addAll(new PageExamples(page.getFileName().toString(), Files.readString(page), repository())
            .examples());
      }
    }
    return all;
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedExampleHolds() throws IOException {
    List<PageExamples.Example> examples = examplesOf(docsDir());
    long checks = examples.stream().filter(e -> e.title().contains(" -> ")).count();
    // Guards against markers that silently stopped matching: the pages state many decisions.
    assertTrue(checks >= 40, "the documentation states at least 40 checked decisions, found " + checks);
    return examples.stream().map(e -> DynamicTest.dynamicTest(e.title(), () -> {
      String problem = e.problem().get();
      assertNull(problem, problem);
    }));
  }

  private static final String POLICY = String.join("\n",
      "Intro text.",
      "",
      "```json policy name=read-orders",
      "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\",",
      "  \"Action\": \"shop:GetOrder\", \"Resource\": \"*\"}}",
      "```",
      "");

  private static List<String> problems(String markdown) {
    return new PageExamples("page.md", markdown, repository()).examples().stream()
        .map(e -> e.problem().get()).filter(Objects::nonNull).toList();
  }

  /** The read-orders policy and a check block over it for alice; its first entry is on line 11. */
  private static String pageWithChecks(String identity, String... entries) {
    return POLICY + String.join("\n",
        "```yaml gatehouse-check",
        "identity: " + identity,
        "principal: arn:aws:iam::123456789012:user/alice",
        "checks:") + "\n" + String.join("\n", entries) + "\n```\n";
  }

  @Test
  void aCheckThatHoldsReportsNothing() {
    assertEquals(List.of(), problems(pageWithChecks("read-orders",
        "  - {action: shop:GetOrder, resource: 'arn:shop:orders::123456789012:order/1', expect: Allow}",
        "  - {action: shop:PutOrder, resource: 'arn:shop:orders::123456789012:order/1', expect: ImplicitDeny}")));
  }

  @Test
  void aWrongDecisionIsReportedWithPageAndLine() {
    List<String> problems = problems(pageWithChecks("read-orders",
        "  - {action: shop:DeleteOrder, resource: '*', expect: Allow}"));
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("page.md:11: the page says Allow, Gatehouse decides ImplicitDeny"),
        problems.get(0));
  }

  @Test
  void aCheckAgainstAnUnknownPolicyNameFails() {
    assertEquals(List.of("page.md:11: unknown policy \"read-order\"; the page defines [read-orders]"),
        problems(pageWithChecks("[read-order]", "  - {action: shop:GetOrder, resource: '*', expect: Allow}")));
  }

  @Test
  void aWrongDecidingStatementIsReported() {
    assertEquals(List.of("page.md:11: the page says statement ReadOrders decides; the deciding statements are "
        + "[Statement[0]]"), problems(pageWithChecks("read-orders",
            "  - {action: shop:GetOrder, resource: '*', expect: Allow, by: ReadOrders}")));
  }

  @Test
  void anInvalidPolicyBlockIsReportedWithItsLocation() {
    String page = String.join("\n",
        "```yaml policy name=typo",
        "Version: \"2012-10-17\"",
        "Statement: {Effect: Alow, Action: 'shop:*', Resource: '*'}",
        "```", "");
    List<String> problems = problems(page);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("page.md:2: policy typo is invalid: page.md#typo:2:"),
        problems.get(0));
  }

  @Test
  void unknownCheckKeysAndBadExpectationsAreRefused() {
    List<String> problems = problems(pageWithChecks("read-orders",
        "  - {action: shop:GetOrder, resource: '*', expected: Allow}",
        "  - {action: shop:GetOrder, resource: '*', expect: Allowed}"));
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("page.md:11: unknown check key \"expected\""), problems.get(0));
    assertEquals(List.of("page.md:11: expect is Allow, ExplicitDeny or ImplicitDeny, found \"Allowed\""),
        problems(pageWithChecks("read-orders", "  - {action: shop:GetOrder, resource: '*', expect: Allowed}")));
  }

  @Test
  void anUnclosedBlockIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PageExamples("page.md", "text\n```json policy name=x\n{}\n", repository()));
    assertEquals("page.md:2: code block is never closed", e.getMessage());
  }
}
