package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link GatehouseInitializer} puts the filter in front of an application that only names its
 * {@code gatehouse.yaml}; with {@code unmatched: pass}, requests no route covers reach the application
 * as their caller.
 */
class InitializerIT {
  @ParameterizedTest
  @EnumSource(TestServer.Kind.class)
  void theInitializerRegistersTheFilterFromTheApplicationsConfiguration(TestServer.Kind kind, @TempDir Path dir)
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
