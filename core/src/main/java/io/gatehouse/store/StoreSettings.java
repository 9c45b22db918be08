package io.gatehouse.store;

import io.gatehouse.identity.SecretEncryption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code store:} section of {@code gatehouse.yaml}, checked: which store, its settings and
 * where the encryption key for secrets at rest comes from. Read by {@link StoreSettingsReader},
 * opened by {@link AccountStores}. Immutable.
 *
 * @param type the store type, e.g. {@code file} or {@code postgresql}
 * @param values the type's settings by key (e.g. {@code path}, {@code url}), as written
 * @param baseDir the directory relative paths are relative to (the configuration file's)
 * @param source where the section is, e.g. {@code gatehouse.yaml:12:3}, for messages
 */
public record StoreSettings(String type, Map<String, String> values, Path baseDir, String source) {
  /** The key naming a file that holds the encryption keys. */
  public static final String KEY_FILE = "encryptionKeyFile";

  /** The key naming an environment variable that holds the encryption keys. */
  public static final String KEY_ENV = "encryptionKeyEnv";

  /** Checks and copies the parts. */
  public StoreSettings {
    Objects.requireNonNull(type, "type");
    values = Map.copyOf(values);
    Objects.requireNonNull(baseDir, "baseDir");
    Objects.requireNonNull(source, "source");
  }

  /** A setting, if given. */
  public Optional<String> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /**
   * A required setting.
   *
   * @throws IllegalArgumentException naming the section if it is missing
   */
  public String required(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException(source + ": store: missing \"" + key + "\"");
    }
    return v;
  }

  /** A path setting resolved against the configuration file's directory. */
  public Path path(String key) {
    return baseDir.resolve(required(key));
  }

  /**
   * The encryption keys for secrets at rest, from {@code encryptionKeyFile} or {@code
   * encryptionKeyEnv} (one is required: stores never write secrets in clear).
   *
   * @throws IllegalArgumentException if neither is given, or the key cannot be read or is invalid
   */
  public SecretEncryption encryption(Map<String, String> environment) {
    Optional<String> file = value(KEY_FILE);
    Optional<String> env = value(KEY_ENV);
    if (file.isPresent()) {
      try {
        return SecretEncryption.fromKeyFile(baseDir.resolve(file.get()));
      } catch (java.io.UncheckedIOException e) {
        throw new IllegalArgumentException(source + ": store: " + e.getMessage(), e);
      }
    }
    if (env.isPresent()) {
      return SecretEncryption.fromEnvironment(env.get(), environment);
    }
    throw new IllegalArgumentException(source + ": store: give \"" + KEY_FILE + "\" or \"" + KEY_ENV
        + "\": secrets are stored encrypted");
  }
}
