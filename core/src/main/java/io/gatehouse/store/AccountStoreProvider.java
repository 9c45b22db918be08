package io.gatehouse.store;

import java.util.Map;
import java.util.Set;

/**
 * Opens one type of store from its {@link StoreSettings}. Store modules register theirs with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.gatehouse.store.AccountStoreProvider}),
 * so that core does not depend on them.
 */
public interface AccountStoreProvider {
  /** The {@code type:} this provider opens, e.g. {@code postgresql}. */
  String type();

  /** The settings keys the type requires, besides {@code type} and the encryption key. */
  Set<String> requiredKeys();

  /** The settings keys the type also accepts. */
  Set<String> optionalKeys();

  /**
   * Opens the store.
   *
   * @param environment the process environment, for keys and passwords named by variable
   * @throws IllegalArgumentException if a setting cannot be used, naming it
   * @throws StoreException if the store cannot be reached or read
   */
  AccountStore open(StoreSettings settings, StoreServices services, Map<String, String> environment);
}
