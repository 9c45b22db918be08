package io.gatehouse.store.postgresql;

import static io.gatehouse.store.postgresql.TestAccounts.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.identity.SecretEncryption;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.DocumentReader;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.ProblemList;
import io.gatehouse.policy.internal.parse.ReadLimits;
import io.gatehouse.store.AccountStore;
import io.gatehouse.store.AccountStores;
import io.gatehouse.store.StoreServices;
import io.gatehouse.store.StoreSettings;
import io.gatehouse.store.StoreSettingsReader;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** gatehouse.yaml's {@code store: {type: postgresql, ...}} finds this module through ServiceLoader. */
@ExtendWith(PostgresServer.class)
class PostgresStoreProviderTest {
  private final AccountStores stores = AccountStores.standard(getClass().getClassLoader());

  private StoreSettings settings(String yaml) {
    ProblemList problems = new ProblemList();
    LocatedObject root = (LocatedObject) new DocumentReader(new ReadLimits(1 << 20, 64, 100_000, 50))
        .read(yaml, "gatehouse.yaml", DocumentFormat.YAML, problems);
    StoreSettings s = new StoreSettingsReader(stores)
        .read(root.get("store"), NodePath.root().key("store"), Path.of("."), problems).orElseThrow();
    assertTrue(problems.isEmpty(), problems.toList().toString());
    return s;
  }

  @Test
  void opensTheStoreTheSettingsDescribe(PostgresServer server) throws Exception {
    String url = server.newDatabase();
    String key = SecretEncryption.newKeyLine("env", new SecureRandom());
    StoreSettings settings = settings("store:\n  type: postgresql\n  url: \"" + url + "\"\n  user: "
        + server.user() + "\n  passwordEnv: DB_PASSWORD\n  checkSeconds: 0.5\n  encryptionKeyEnv: SECRETS_KEY\n");
    Map<String, String> env = Map.of("SECRETS_KEY", key, "DB_PASSWORD", "unused-with-trust");
    try (AccountStore store = stores.open(settings, new StoreServices(ChangeEvents.none(), Clock.systemUTC()), env)) {
      PostgresAccountStore pg = assertInstanceOf(PostgresAccountStore.class, store);
      pg.create(TestAccounts.account());
      assertEquals(1, store.snapshot().account(ID).orElseThrow().version());
    }
    IllegalArgumentException noPassword = assertThrows(IllegalArgumentException.class, () -> stores.open(settings,
        new StoreServices(ChangeEvents.none(), Clock.systemUTC()), Map.of("SECRETS_KEY", key)));
    assertTrue(noPassword.getMessage().endsWith("store: passwordEnv: environment variable DB_PASSWORD is not set"),
        noPassword.getMessage());
  }
}
