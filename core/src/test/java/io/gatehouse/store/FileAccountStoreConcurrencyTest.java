package io.gatehouse.store;

import static io.gatehouse.store.StoreTestAccounts.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two stores write one file at once: every change lands, none is lost or merged away. */
class FileAccountStoreConcurrencyTest {
  private static final int CHANGES = 15;
  @TempDir Path dir;

  @Test
  void concurrentWritersNeverLoseAChange() throws Exception {
    Path file = Files.writeString(dir.resolve("account.yaml"), StoreTestAccounts.YAML);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (FileAccountStore a = watchingStore(file); FileAccountStore b = watchingStore(file)) {
      List<Future<Integer>> results = new ArrayList<>();
      results.add(pool.submit(writer(a, "a")));
      results.add(pool.submit(writer(b, "b")));
      int refused = 0;
      for (Future<Integer> f : results) {
        refused += f.get();
      }
      Account saved = new AccountFiles().read(file);
      int policies = saved.user("alice").orElseThrow().inlinePolicies().size();
      assertEquals(1 + 2 * CHANGES, policies, Files.readString(file));
      assertTrue(refused >= 0);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void writersInTwoProcessesNeverLoseAChange() throws Exception {
    Path file = Files.writeString(dir.resolve("account.yaml"), StoreTestAccounts.YAML);
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (String name : List.of("p", "q")) {
      processes.add(new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
          FileStoreWriterProcess.class.getName(), file.toString(), name, String.valueOf(CHANGES))
          .redirectErrorStream(true).start());
    }
    for (Process p : processes) {
      String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), output);
    }
    Account saved = new AccountFiles().read(file);
    assertEquals(1 + 2 * CHANGES, saved.user("alice").orElseThrow().inlinePolicies().size(), Files.readString(file));
  }

  private static FileAccountStore watchingStore(Path file) {
    return FileAccountStore.builder(List.of(file)).watch(Duration.ofMillis(50)).open();
  }

  /** Adds CHANGES policies, retrying a refused change on the fresh version; returns the refusals. */
  private static Callable<Integer> writer(FileAccountStore store, String name) {
    return () -> {
      int refused = 0;
      for (int i = 0; i < CHANGES; i++) {
        String action = "shop:" + name + i;
        while (true) {
          try {
            store.update(ID, x -> StoreTestAccounts.allow(x, action));
            break;
          } catch (StaleVersionException e) {
            refused++;
            store.reload();
          }
        }
      }
      return refused;
    };
  }
}
