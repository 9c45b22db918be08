package io.gatehouse.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A second application instance for {@link FileAccountStoreConcurrencyTest}: opens a watching
 * store on the file given and adds policies {@code shop:NAME0..N-1} to alice, each retried on the
 * fresh version when refused as stale. Prints the number of refusals.
 */
public final class FileStoreWriterProcess {
  private FileStoreWriterProcess() {}

  /** Arguments: file, name, count. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[2]);
    int refused = 0;
    try (FileAccountStore store = FileAccountStore.builder(List.of(file)).watch(Duration.ofMillis(50)).open()) {
      for (int i = 0; i < count; i++) {
        String action = "shop:" + args[1] + i;
        while (true) {
          try {
            store.update(StoreTestAccounts.ID, a -> StoreTestAccounts.allow(a, action));
            break;
          } catch (StaleVersionException e) {
            refused++;
            store.reload();
          }
        }
      }
    }
    System.out.println(refused);
  }
}
