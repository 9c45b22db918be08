package io.gatehouse.sigv4;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Derived signing keys, kept so that a caller's requests of one day cost one HMAC instead of five
 * (AWS's SDKs keep them the same way). An entry is found only by the secret itself with the scope's
 * date, region and service: a rotated secret, another day, region or service derive a key of their
 * own. Which secret belongs to an access key is looked up on every request before this is asked, so
 * a deleted or deactivated key is refused however recently its derived key was used. Bounded: when
 * full, it is emptied and fills again. Thread-safe.
 */
final class SigningKeys {
  static final int DEFAULT_CAPACITY = 512;

  private final int capacity;
  private final ConcurrentHashMap<Entry, byte[]> keys = new ConcurrentHashMap<>();

  SigningKeys(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /** kSigning for this secret and scope; the caller must not change the array. */
  byte[] signingKey(String secretAccessKey, CredentialScope scope) {
    Entry entry = new Entry(secretAccessKey, scope.date(), scope.region(), scope.service());
    byte[] key = keys.get(entry);
    if (key == null) {
      key = SignatureCalculator.signingKey(secretAccessKey, scope);
      if (keys.size() >= capacity) {
        // Many distinct secrets or scopes at once: start again rather than track recency per hit.
        keys.clear();
      }
      keys.put(entry, key);
    }
    return key;
  }

  /** How many keys are kept. */
  int size() {
    return keys.size();
  }

  /** The cache key; {@link #toString()} never shows the secret. */
  private static final class Entry {
    private final String secret;
    private final String date;
    private final String region;
    private final String service;
    private final int hash;

    Entry(String secret, String date, String region, String service) {
      this.secret = secret;
      this.date = date;
      this.region = region;
      this.service = service;
      this.hash = ((secret.hashCode() * 31 + date.hashCode()) * 31 + region.hashCode()) * 31 + service.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e && hash == e.hash && secret.equals(e.secret) && date.equals(e.date)
          && region.equals(e.region) && service.equals(e.service);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "SigningKeys.Entry[" + date + "/" + region + "/" + service + "]";
    }
  }
}
