package io.gatehouse.sts.oidc;

import java.security.PublicKey;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * An OpenID provider's signing keys, read from its JWKS document (RFC 7517, the {@code jwks_uri} of
 * its discovery document). Immutable.
 *
 * <p>Only keys that can verify ID tokens are kept: RSA keys of at least 2048 bits (for RS256) and
 * EC keys on P-256 (for ES256). Keys of other types or curves, keys whose {@code use} is not {@code
 * sig}, whose {@code key_ops} lack {@code verify}, or whose {@code alg} is not the one for their
 * type are skipped, not errors: providers publish such keys for other purposes.
 */
public final class JsonWebKeySet {
  private final List<JsonWebKey> keys;

  private JsonWebKeySet(List<JsonWebKey> keys) {
    this.keys = List.copyOf(keys);
  }

  /**
   * Reads a JWKS document, {@code {"keys": [...]}}.
   *
   * @param json the document, at most 256 KiB and 100 keys
   * @throws IllegalArgumentException if the document is not valid JSON, not an object with a {@code
   *     keys} array, or a usable key is malformed (missing or non-base64url members, an RSA modulus
   *     under 2048 bits, a point off the curve, two keys with one {@code kid}); the message names
   *     the key and the member
   * @throws NullPointerException if {@code json} is null
   */
  public static JsonWebKeySet parse(String json) {
    return new JsonWebKeySet(new JsonWebKeySetReader().read(Objects.requireNonNull(json, "json")));
  }

  /** The number of usable keys. */
  public int size() {
    return keys.size();
  }

  /** The {@code kid}s of the usable keys that have one, in document order. */
  public Set<String> keyIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonWebKey key : keys) {
      if (key.keyId() != null) {
        ids.add(key.keyId());
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  /**
   * The usable key with this {@code kid}, if any.
   *
   * @throws NullPointerException if {@code keyId} is null
   */
  public Optional<PublicKey> key(String keyId) {
    Objects.requireNonNull(keyId, "keyId");
    return keys.stream()
        .filter(k -> keyId.equals(k.keyId()))
        .map(JsonWebKey::publicKey)
        .findFirst();
  }

  /** The usable keys, in document order. */
  List<JsonWebKey> keys() {
    return keys;
  }

  /** The keys' ids and types, e.g. {@code JsonWebKeySet[rsa-1 RS256, ec-1 ES256]}. */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "JsonWebKeySet[", "]");
    for (JsonWebKey key : keys) {
      joiner.add((key.keyId() == null ? "(no kid)" : key.keyId()) + " " + key.algorithm());
    }
    return joiner.toString();
  }
}
