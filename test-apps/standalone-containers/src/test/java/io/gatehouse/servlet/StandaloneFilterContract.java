package io.gatehouse.servlet;

import java.nio.file.Path;
import java.util.List;

/**
 * {@link FilterContract} on a standalone server: the archive that declares the filter in its {@code
 * web.xml}, its {@code gatehouse.yaml} named by {@code -Dgatehouse.config} on the server's command
 * line.
 */
abstract class StandaloneFilterContract extends FilterContract {
  StandaloneServer standalone;

  /** Which server. */
  abstract Standalone kind();

  @Override
  TestServer serve(Path config) throws Exception {
    standalone = kind().start(Standalone.filteredWar(), List.of("-Dgatehouse.config=" + config));
    return standalone;
  }
}
