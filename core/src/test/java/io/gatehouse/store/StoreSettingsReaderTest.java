package io.gatehouse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.identity.SecretEncryption;
import io.gatehouse.policy.PolicyProblem;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.DocumentReader;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.ProblemList;
import io.gatehouse.policy.internal.parse.ReadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSettingsReaderTest {
  @TempDir Path dir;
  private final AccountStores stores = AccountStores.standard(getClass().getClassLoader());

  private Optional<StoreSettings> read(String yaml, ProblemList problems) {
    LocatedObject root = (LocatedObject) new DocumentReader(new ReadLimits(1 << 20, 64, 100_000, 50))
        .read(yaml, "gatehouse.yaml", DocumentFormat.YAML, problems);
    return new StoreSettingsReader(stores).read(root.get("store"), NodePath.root().key("store"), dir, problems);
  }

  private List<String> problems(String yaml) {
    ProblemList problems = new ProblemList();
    assertTrue(read(yaml, problems).isEmpty());
    return problems.toList().stream().map(PolicyProblem::toString).collect(Collectors.toList());
  }

  @Test
  void readsAFileStoreAndOpensItWatchedAndEncrypted() throws Exception {
    Files.writeString(dir.resolve("secrets.key"), SecretEncryption.newKeyLine("k1", new SecureRandom()));
    Files.createDirectories(dir.resolve("accounts"));
    Files.writeString(dir.resolve("accounts/shop.yaml"), StoreTestAccounts.YAML);
    ProblemList problems = new ProblemList();
    StoreSettings settings = read("""
        store:
          type: file
          path: accounts
          pollSeconds: 0.5
          encryptionKeyFile: secrets.key
        """, problems).orElseThrow();
    assertTrue(problems.isEmpty());
    assertEquals("file", settings.type());
    assertEquals("gatehouse.yaml:2:3", settings.source());
    try (AccountStore store = stores.open(settings, new StoreServices(ChangeEvents.none(), Clock.systemUTC()),
        Map.of())) {
      assertTrue(store.snapshot().account(StoreTestAccounts.ID).isPresent());
      store.update(StoreTestAccounts.ID, a -> StoreTestAccounts.allow(a, "shop:Any"));
    }
    assertTrue(Files.readString(dir.resolve("accounts/shop.yaml")).contains("shop:Any"));
  }

  @Test
  void problemsNameTheirPlace() {
    assertEquals(List.of("gatehouse.yaml:1:15: store.type: unknown store type \"postgresql\"; known: [file]"
            + " (add gatehouse-store-postgresql to the class path)"),
        problems("store: {type: postgresql, url: x, user: y, encryptionKeyEnv: K}\n"));
    assertEquals(List.of("gatehouse.yaml:2:3: store: missing \"path\" for a file store",
            "gatehouse.yaml:3:3: store.colour: unknown key for a file store; expected [encryptionKeyEnv,"
                + " encryptionKeyFile, path, pollSeconds]"),
        problems("store:\n  type: file\n  colour: blue\n  encryptionKeyEnv: K\n"));
    assertEquals(List.of("gatehouse.yaml:1:8: store: give exactly one of \"encryptionKeyFile\" and"
            + " \"encryptionKeyEnv\": secrets are stored encrypted with the operator's key"),
        problems("store: {type: file, path: accounts}\n"));
    assertEquals(List.of("gatehouse.yaml:1:8: store: missing \"type\" (one of [file])"),
        problems("store: {path: accounts, encryptionKeyEnv: K}\n"));
    assertEquals(List.of("gatehouse.yaml:1:8: store: expected an object such as {type: file, path: accounts/}"),
        problems("store: file\n"));
  }

  @Test
  void aMissingKeyIsAClearErrorAtOpening() throws Exception {
    ProblemList problems = new ProblemList();
    StoreSettings settings = read("store: {type: file, path: accounts, encryptionKeyEnv: GATEHOUSE_KEY}\n", problems)
        .orElseThrow();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> stores.open(settings, new StoreServices(ChangeEvents.none(), Clock.systemUTC()), Map.of()));
    assertTrue(e.getMessage().startsWith("environment variable GATEHOUSE_KEY is not set"), e.getMessage());
  }
}
