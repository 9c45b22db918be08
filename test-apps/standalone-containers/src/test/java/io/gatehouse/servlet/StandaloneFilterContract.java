package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FilterContract} on a standalone server: the archive that declares the filter in its {@code
 * web.xml}, its {@code gatehouse.yaml} named by {@code -Dgatehouse.config} on the server's command
 * line.
 */
abstract class StandaloneFilterContract extends FilterContract {
  private StandaloneServer standalone;

  /** Which server. */
  abstract Standalone kind();

  /** What the server logs at start-up that names it and its version. */
  abstract String banner();

  @Override
  TestServer serve(Path config) throws Exception {
    standalone = kind().start(Standalone.filteredWar(), List.of("-Dgatehouse.config=" + config));
    return standalone;
  }

  @Test
  void theServerIsTheOneTheBuildNames() {
    String log = standalone.log();
    assertTrue(log.contains(banner()), log);
  }
}
