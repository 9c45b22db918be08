package io.gatehouse.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.AccountFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filter on Jetty records in the account file when an access key last signed a request to a
 * route: the date, the SigV4 scope's service (the routes' {@code shop}) and region; with {@code
 * lastUsedIntervalSeconds: 0} it records nothing.
 */
class AccessKeyLastUsedIT {
  private static final String SIGV4 = "sigv4: {service: shop, regions: [us-east-1]}";

  @Test
  void aSignedRequestRecordsTheKeysLastUseWithTheRoutesService(@TempDir Path dir) throws Exception {
    Path config = ShopFixture.write(dir, "");
    assertNull(bobsKey(dir).lastUsedDate());
    Instant before = Instant.now().minusSeconds(1);
    try (TestServer server = EmbeddedServer.jetty(config, TestServer.Registration.FILTER)) {
      Client client = new Client(server.base());
      assertEquals(200, client.signedAsBob("GET", "/orders/7", null, Map.of()).statusCode());
      // Within the interval further uses are not written again.
      assertEquals(200, client.signedAsBob("GET", "/orders/8", null, Map.of()).statusCode());
    }
    // Closing the filter saved what it had noted.
    AccessKey key = bobsKey(dir);
    assertNotNull(key.lastUsedDate());
    assertFalse(key.lastUsedDate().isBefore(before) || key.lastUsedDate().isAfter(Instant.now()),
        key.lastUsedDate()::toString);
    assertEquals("shop", key.lastUsedService());
    assertEquals("us-east-1", key.lastUsedRegion());
  }

  @Test
  void anIntervalOfZeroRecordsNothing(@TempDir Path dir) throws Exception {
    Path config = ShopFixture.write(dir, "");
    Files.writeString(config, Files.readString(config).replace(SIGV4,
        "sigv4: {service: shop, regions: [us-east-1], lastUsedIntervalSeconds: 0}"));
    byte[] accounts = Files.readAllBytes(dir.resolve("shop.yaml"));
    try (TestServer server = EmbeddedServer.jetty(config, TestServer.Registration.FILTER)) {
      assertEquals(200, new Client(server.base()).signedAsBob("GET", "/orders/7", null, Map.of()).statusCode());
    }
    assertEquals(new String(accounts), Files.readString(dir.resolve("shop.yaml")));
  }

  private static AccessKey bobsKey(Path dir) throws Exception {
    return new AccountFiles().read(dir.resolve("shop.yaml")).accessKey(ShopFixture.BOB_KEY).orElseThrow();
  }
}
