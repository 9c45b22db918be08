package io.gatehouse.store.postgresql;

import io.gatehouse.store.AccountStore;
import io.gatehouse.store.AccountStoreProvider;
import io.gatehouse.store.StoreServices;
import io.gatehouse.store.StoreSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * {@code store: {type: postgresql, url: ..., user: ..., passwordEnv: ..., checkSeconds: 1,
 * maxPoolSize: 4, encryptionKeyEnv: ...}}: a {@link PostgresAccountStore}. The password is read
 * from the environment variable {@code passwordEnv} names, never from the configuration file.
 * Found by {@link java.util.ServiceLoader}.
 */
public final class PostgresStoreProvider implements AccountStoreProvider {
  /** Creates the provider. */
  public PostgresStoreProvider() {}

  @Override
  public String type() {
    return "postgresql";
  }

  @Override
  public Set<String> requiredKeys() {
    return Set.of("url", "user");
  }

  @Override
  public Set<String> optionalKeys() {
    return Set.of("passwordEnv", "checkSeconds", "maxPoolSize");
  }

  @Override
  public AccountStore open(StoreSettings settings, StoreServices services, Map<String, String> environment) {
    PostgresStoreBuilder b = PostgresAccountStore.builder(settings.required("url"))
        .user(settings.required("user"))
        .encryption(settings.encryption(environment))
        .audit(services.changeEvents(), services.clock());
    settings.value("passwordEnv").ifPresent(variable -> {
      String password = environment.get(variable);
      if (password == null) {
        throw new IllegalArgumentException(settings.source() + ": store: passwordEnv: environment variable "
            + variable + " is not set");
      }
      b.password(password.toCharArray());
    });
    settings.value("checkSeconds").ifPresent(s -> b.checkInterval(Duration.ofMillis(
        Math.round(number(settings, "checkSeconds", s) * 1000))));
    settings.value("maxPoolSize").ifPresent(s -> b.maxPoolSize((int) number(settings, "maxPoolSize", s)));
    return b.open();
  }

  private static double number(StoreSettings settings, String key, String text) {
    try {
      double v = Double.parseDouble(text);
      if (v > 0 && v <= 3600) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(settings.source() + ": store: " + key + ": expected a number from 0 to 3600,"
        + " found " + text);
  }
}
