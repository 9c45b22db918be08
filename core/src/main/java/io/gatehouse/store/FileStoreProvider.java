package io.gatehouse.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code store: {type: file, path: accounts/, pollSeconds: 1, encryptionKeyFile: ...}}: a
 * {@link FileAccountStore} over a file or a folder of account files, watched for edits.
 */
public final class FileStoreProvider implements AccountStoreProvider {
  /** Creates the provider. */
  public FileStoreProvider() {}

  @Override
  public String type() {
    return "file";
  }

  @Override
  public Set<String> requiredKeys() {
    return Set.of("path");
  }

  @Override
  public Set<String> optionalKeys() {
    return Set.of("pollSeconds");
  }

  @Override
  public AccountStore open(StoreSettings settings, StoreServices services, Map<String, String> environment) {
    double poll = settings.value("pollSeconds").map(FileStoreProvider::seconds).orElse(1.0);
    return FileAccountStore.builder(List.of(settings.path("path")))
        .encryption(settings.encryption(environment))
        .watch(Duration.ofMillis(Math.round(poll * 1000)))
        .audit(services.changeEvents(), services.clock())
        .open();
  }

  private static double seconds(String text) {
    try {
      double v = Double.parseDouble(text);
      if (v > 0 && v <= 3600) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("store: pollSeconds: expected seconds between 0 and 3600, found " + text);
  }
}
