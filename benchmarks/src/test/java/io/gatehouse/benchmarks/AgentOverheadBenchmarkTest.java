package io.gatehouse.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentOverheadBenchmarkTest {
  @TempDir
  Path audit;

  @Test
  void theProxyChecksBeforeCalling() {
    AgentOverheadBenchmark b = new AgentOverheadBenchmark();
    try {
      assertEquals("7", b.proxy(Path.of("agent/billing.yaml"), audit, "arn:aws:iam::123456789012:user/alice").title("7"));
    } finally {
      b.tearDown();
    }
    AgentOverheadBenchmark c = new AgentOverheadBenchmark();
    try {
      InvoiceService asBob = c.proxy(Path.of("agent/billing.yaml"), audit, "arn:aws:iam::123456789012:user/bob");
      assertThrows(AccessDeniedException.class, () -> asBob.title("7"));
    } finally {
      c.tearDown();
    }
  }

  @Test
  void refusesToMeasureWithoutTheAgent() {
    assertThrows(IllegalStateException.class, () -> new AgentOverheadBenchmark().setUp());
  }
}
