package io.gatehouse.sts.oidc;

import java.security.PublicKey;
import java.util.Objects;

/**
 * One usable key of a {@link JsonWebKeySet}.
 *
 * @param keyId the {@code kid}, or null if the key has none
 * @param algorithm the only algorithm this key verifies
 * @param publicKey the key
 */
record JsonWebKey(String keyId, JwsAlgorithm algorithm, PublicKey publicKey) {
  JsonWebKey {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(publicKey, "publicKey");
  }
}
