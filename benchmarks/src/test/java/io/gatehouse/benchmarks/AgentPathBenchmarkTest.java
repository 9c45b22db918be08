package io.gatehouse.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentPathBenchmarkTest {
  @TempDir
  Path auditDirectory;

  @Test
  void bothCallsHandOverTheSameCheckAndRunTheMethod() throws Exception {
    AgentPathBenchmark benchmark = new AgentPathBenchmark();
    benchmark.accountsFile = "agent/billing.yaml";
    benchmark.auditDirectory = auditDirectory;
    // The set-up runs the agent's path once and fails unless it handed over billing:GetInvoice on
    // the invoice's ARN.
    benchmark.setUp();
    try {
      assertEquals("7", benchmark.agentPath());
      assertEquals("7", benchmark.handWrittenCheck());

      AgentPathBenchmark second = new AgentPathBenchmark();
      second.accountsFile = "agent/billing.yaml";
      second.auditDirectory = auditDirectory;
      assertThrows(IllegalStateException.class, second::setUp, "the bridge keeps the first handler");
    } finally {
      benchmark.tearDown();
    }
  }
}
