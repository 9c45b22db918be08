package io.gatehouse.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Authorizer;
import io.gatehouse.Decision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the shared conformance corpus (the folder {@code conformance} of {@code shared/}, beside the
 * repository) as one dynamic test per case. The folder can be named with the system property
 * {@code gatehouse.conformance.dir}.
 */
class SharedConformanceTest {

  static Path conformanceDir() {
    String configured = System.getProperty("gatehouse.conformance.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    // Maven runs tests in the module folder (core/); shared/ sits beside the repository root.
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("conformance");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no shared/conformance folder above " + here
        + "; set -Dgatehouse.conformance.dir");
  }

  @TestFactory
  Stream<DynamicTest> everySharedCaseDecidesAsAws() {
    ConformanceSuite suite = ConformanceSuite.load(List.of(conformanceDir()));
    assertFalse(suite.cases().isEmpty(), "the conformance corpus has cases");
    Authorizer authorizer = Authorizer.standard();
    return suite.cases().stream().map(c -> DynamicTest.dynamicTest(
        c.suite() + "/" + c.id(),
        () -> {
          Decision d = authorizer.decide(c.request(), c.policies());
          assertEquals(c.expected(), d.type(), () -> c.description() + " — " + d.reason());
          assertTrue(d.error().isEmpty(), () -> "evaluation failed: " + d.error().orElse(""));
        }));
  }
}
