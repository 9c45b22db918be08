package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code gatehouse.yaml} the filter cannot use stops the Spring Boot application before it serves
 * anything: the filter's init fails, Tomcat's context does not start, and Spring Boot exits non-zero,
 * the problem located as {@code file:line:column} in its output.
 */
class BrokenConfigurationIT {
  @Test
  void aBrokenConfigurationStopsTheApplicationWithTheProblemLocated(@TempDir Path dir) throws Exception {
    String broken = OrdersFixture.CONFIG.replace("unmatched: deny", "unmatched: sometimes");
    ApplicationJvm.Ended run = ApplicationJvm.runToEnd(OrdersFixture.write(dir, broken));
    assertNotEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("gatehouse.yaml:14:12: unmatched: expected \"deny\" or \"pass\", found \"sometimes\""),
        run.output());
    assertTrue(run.output().contains("Exception starting filter [gatehouse]"), run.output());
    assertFalse(run.output().contains("Tomcat started on port"), run.output());
  }
}
