package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The other ways of registering the filter: {@link GatehouseInitializer} puts it in front of an
 * application that only names its {@code gatehouse.yaml} (with {@code unmatched: pass}, requests no
 * route covers reach the application as their caller); a declaration by class name with an init
 * parameter, as in {@code web.xml}.
 */
class InitializerIT {
  @ParameterizedTest
  @EnumSource(EmbeddedServer.class)
  void aFilterDeclaredByClassNameReadsTheFileItsInitParameterNames(EmbeddedServer kind, @TempDir Path dir)
      throws Exception {
    try (TestServer server = kind.start(ShopFixture.write(dir, ""), TestServer.Registration.DECLARED)) {
      Client client = new Client(server.base());
      assertEquals(401, client.get("/orders/7").statusCode());
      HttpResponse<String> bob = client.asBob("GET", "/orders/7", Map.of());
      assertEquals(200, bob.statusCode(), bob.body());
      assertEquals(FilterContract.BOB, EchoServlet.field(bob.body(), "principal"));
      assertEquals(403, client.asBob("GET", "/about", Map.of()).statusCode());
    }
  }

  @ParameterizedTest
  @EnumSource(EmbeddedServer.class)
  void aBrokenConfigurationKeepsTheApplicationFromServing(EmbeddedServer kind, @TempDir Path dir) throws Exception {
    Path config = ShopFixture.write(dir, "unmatched: sometimes\n");
    TestServer server;
    try {
      server = kind.start(config, TestServer.Registration.DECLARED);
    } catch (Exception e) {
      // The container refused to start the application: nothing is served unprotected.
      return;
    }
    try (server) {
      HttpResponse<String> r = new Client(server.base()).get("/catalog/42");
      assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
      assertFalse(r.body().contains("principal="), r.body());
    }
  }

  @ParameterizedTest
  @EnumSource(EmbeddedServer.class)
  void theInitializerRegistersTheFilterFromTheApplicationsConfiguration(EmbeddedServer kind, @TempDir Path dir)
      throws Exception {
    Path config = ShopFixture.write(dir, "unmatched: pass\n");
    try (TestServer server = kind.start(config, TestServer.Registration.INITIALIZER)) {
      Client client = new Client(server.base());
      HttpResponse<String> protectedRoute = client.get("/orders/7");
      assertEquals(401, protectedRoute.statusCode(), protectedRoute.body());

      HttpResponse<String> unmatchedAnonymous = client.get("/about");
      assertEquals(200, unmatchedAnonymous.statusCode(), unmatchedAnonymous.body());
      assertEquals("anonymous", EchoServlet.field(unmatchedAnonymous.body(), "principal"));

      HttpResponse<String> unmatchedBob = client.asBob("GET", "/about", Map.of());
      assertEquals(FilterContract.BOB, EchoServlet.field(unmatchedBob.body(), "principal"));
      assertTrue(unmatchedBob.body().contains("key aws:SourceIp=127.0.0.1"), unmatchedBob.body());
    }
  }
}
