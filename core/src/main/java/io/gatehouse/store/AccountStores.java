package io.gatehouse.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The store types a host can open: the file store and those found with {@link ServiceLoader}. Immutable. */
public final class AccountStores {
  private final Map<String, AccountStoreProvider> byType;

  private AccountStores(List<AccountStoreProvider> providers) {
    Map<String, AccountStoreProvider> m = new LinkedHashMap<>();
    for (AccountStoreProvider p : providers) {
      m.putIfAbsent(p.type(), p);
    }
    this.byType = Map.copyOf(m);
  }

  /** The file store plus every provider on the class path of {@code loader}. */
  public static AccountStores standard(ClassLoader loader) {
    List<AccountStoreProvider> providers = new ArrayList<>();
    providers.add(new FileStoreProvider());
    ServiceLoader.load(AccountStoreProvider.class, loader).forEach(providers::add);
    return new AccountStores(providers);
  }

  /** Exactly the given providers. */
  public static AccountStores of(List<AccountStoreProvider> providers) {
    return new AccountStores(providers);
  }

  /** The provider of a type. */
  public Optional<AccountStoreProvider> provider(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** The known types. */
  public java.util.Set<String> types() {
    return new java.util.TreeSet<>(byType.keySet());
  }

  /**
   * Opens the store the settings describe.
   *
   * @throws IllegalArgumentException if the type is unknown or a setting cannot be used
   * @throws StoreException if the store cannot be reached or read
   */
  public AccountStore open(StoreSettings settings, StoreServices services, Map<String, String> environment) {
    AccountStoreProvider p = provider(settings.type()).orElseThrow(() -> new IllegalArgumentException(
        settings.source() + ": store: unknown type \"" + settings.type() + "\"; known: " + types()));
    return p.open(settings, services, environment);
  }
}
