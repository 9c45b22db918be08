package io.gatehouse.store.postgresql;

import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.identity.SecretEncryption;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/** Configures a {@link PostgresAccountStore}; made by {@link PostgresAccountStore#builder}. Not thread-safe. */
public final class PostgresStoreBuilder {
  final String url;
  String user;
  char[] password;
  SecretEncryption encryption = SecretEncryption.none();
  Duration checkInterval = Duration.ofSeconds(1);
  int maxPoolSize = 4;
  ChangeEvents changeEvents = ChangeEvents.none();
  Clock clock = Clock.systemUTC();

  PostgresStoreBuilder(String url) {
    if (!Objects.requireNonNull(url, "url").startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("expected a jdbc:postgresql: URL");
    }
    this.url = url;
  }

  /** The database user. */
  public PostgresStoreBuilder user(String name) {
    this.user = name;
    return this;
  }

  /** The user's password (kept only to open connections, never logged). */
  public PostgresStoreBuilder password(char[] secret) {
    this.password = secret == null ? null : secret.clone();
    return this;
  }

  /** The keys for secrets at rest (required: the store never writes a secret in clear). */
  public PostgresStoreBuilder encryption(SecretEncryption keys) {
    this.encryption = Objects.requireNonNull(keys, "keys");
    return this;
  }

  /** The longest time between two version checks when no notification arrives (1 s by default). */
  public PostgresStoreBuilder checkInterval(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the check interval must be positive");
    }
    this.checkInterval = interval;
    return this;
  }

  /** The most pooled connections (4 by default), besides the listener's own. */
  public PostgresStoreBuilder maxPoolSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("the pool needs at least one connection");
    }
    this.maxPoolSize = size;
    return this;
  }

  /** Where reloads and refused rows are audited. */
  public PostgresStoreBuilder audit(ChangeEvents events, Clock eventClock) {
    this.changeEvents = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(eventClock, "eventClock");
    return this;
  }

  /**
   * Connects, creates or migrates the schema, loads every account and starts listening.
   *
   * @throws IllegalArgumentException if no encryption key is set
   * @throws StoreException if the database cannot be reached or migrated
   */
  public PostgresAccountStore open() {
    if (!encryption.canEncrypt()) {
      throw new IllegalArgumentException("the PostgreSQL store needs an encryption key:"
          + " secrets are never stored in clear");
    }
    return PostgresAccountStore.start(this);
  }

  Properties properties() {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", new String(password));
    }
    p.setProperty("ApplicationName", "gatehouse");
    return p;
  }
}
