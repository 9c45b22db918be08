package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filter on Jetty follows edits of the account file of {@code accounts:} while it serves: a valid
 * edit is in force within two seconds, an edit that does not read leaves the accounts in force.
 */
class HotReloadIT {
  private static final String GRANT = "Action: [shop:GetOrder, shop:DeleteOrder]";

  @Test
  void anEditedAccountFileIsInForceWithinTwoSecondsAndABrokenOneIsNot(@TempDir Path dir) throws Exception {
    Path config = ShopFixture.write(dir, "");
    Path accounts = dir.resolve("shop.yaml");
    String original = Files.readString(accounts);
    assertTrue(original.contains(GRANT), "the fixture grants shop:GetOrder");
    try (TestServer server = EmbeddedServer.jetty(config, TestServer.Registration.FILTER)) {
      Client client = new Client(server.base());
      assertEquals(200, client.signedAsBob("GET", "/orders/7", null, Map.of()).statusCode());

      Files.writeString(accounts, original.replace(GRANT, "Action: [shop:GetOrder, {unclosed"));
      Thread.sleep(2500);
      HttpResponse<String> stillAllowed = client.signedAsBob("GET", "/orders/7", null, Map.of());
      assertEquals(200, stillAllowed.statusCode(), "a broken edit keeps the accounts in force: " + stillAllowed.body());

      Files.writeString(accounts, original.replace(GRANT, "Action: [shop:DeleteOrder]"));
      long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      int status;
      do {
        status = client.signedAsBob("GET", "/orders/7", null, Map.of()).statusCode();
      } while (status == 200 && System.nanoTime() < deadline && sleep());
      assertEquals(403, status, "the edit that takes shop:GetOrder away is in force within 2 s");
    }
  }

  private static boolean sleep() throws InterruptedException {
    Thread.sleep(50);
    return true;
  }
}
