package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an operator sees when the filter cannot start on a standalone server: the server runs, the
 * application is not served (nothing reaches it unprotected), and the server's log says what is wrong
 * and where.
 */
class StandaloneStartupIT {
  @ParameterizedTest
  // Tomcat 11 fails an application's start as 10.1 does: not started a third time.
  @EnumSource(value = Standalone.class, names = {"TOMCAT_10_1", "JETTY"})
  void aBrokenConfigurationKeepsTheApplicationFromStartingAndTheLogSaysWhere(Standalone kind, @TempDir Path dir)
      throws Exception {
    Path config = ShopFixture.write(dir, "unmatched: sometimes\n");
    long line = ShopFixture.config("").lines().count() + 1;
    try (StandaloneServer server = kind.start(Standalone.filteredWar(), List.of("-Dgatehouse.config=" + config))) {
      assertNotServed(server);
      String log = server.log();
      assertTrue(log.contains(config + ":" + line + ":12: unmatched: "), log);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Standalone.class, names = "TOMCAT_10_1")
  void anApplicationWhoseConfigurationIsNotFoundDoesNotStart(Standalone kind) throws Exception {
    try (StandaloneServer server = kind.start(Standalone.filteredWar(), List.of())) {
      assertNotServed(server);
      String log = server.log();
      assertTrue(log.contains("Gatehouse: no gatehouse.yaml: set the gatehouse.config init parameter or system "
          + "property, or put it in WEB-INF/"), log);
    }
  }

  private static void assertNotServed(StandaloneServer server) {
    Client client = new Client(server.base());
    for (String path : List.of("/catalog/42", "/orders/7", "/about")) {
      HttpResponse<String> r = client.get(path);
      // Tomcat answers 404 for an application that failed to start, Jetty 503.
      assertTrue(r.statusCode() == 404 || r.statusCode() == 503, path + " gave " + r.statusCode() + ": " + r.body());
      assertFalse(r.body().contains("principal="), path + " reached the application: " + r.body());
    }
  }
}
