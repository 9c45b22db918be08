package io.gatehouse.sts.oidc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.KeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JWKS document (RFC 7517) with jackson-core's streaming parser into the keys that can
 * verify ID tokens. A key that is not for us is skipped: another {@code kty} or curve, {@code use}
 * other than {@code sig}, {@code key_ops} without {@code verify}, or an {@code alg} other than
 * RS256 for RSA and ES256 for EC. A key that is for us but broken is an error.
 */
final class JsonWebKeySetReader {
  static final int MAX_CHARS = 256 * 1024;
  static final int MAX_KEYS = 100;
  static final int MIN_RSA_BITS = 2048;

  private static final Set<String> STRING_MEMBERS =
      Set.of("kty", "kid", "alg", "use", "crv", "n", "e", "x", "y");

  private final JsonFactory factory =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(8)
                  .maxDocumentLength(MAX_CHARS)
                  .maxNumberLength(64)
                  .build())
          .build();

  /**
   * Reads the usable keys.
   *
   * @throws IllegalArgumentException naming what is wrong with the document
   */
  List<JsonWebKey> read(String json) {
    if (json.length() > MAX_CHARS) {
      throw new IllegalArgumentException("the key set is longer than " + MAX_CHARS + " characters");
    }
    try (JsonParser parser = factory.createParser(json)) {
      return document(parser);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException(
          "the key set is not valid JSON: "
              + e.getOriginalMessage()
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"),
          e);
    } catch (IOException e) {
      // Jackson reports syntax errors as JsonProcessingException; reading a String does no I/O.
      throw new UncheckedIOException(e);
    }
  }

  private List<JsonWebKey> document(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException("a JSON Web Key Set must be a JSON object");
    }
    List<JsonWebKey> keys = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("keys".equals(name)) {
        if (value != JsonToken.START_ARRAY) {
          throw new IllegalArgumentException("\"keys\" must be an array");
        }
        if (keys != null) {
          throw new IllegalArgumentException("the key set has more than one \"keys\" member");
        }
        keys = keyArray(parser);
      } else {
        parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw new IllegalArgumentException("the key set has content after its closing '}'");
    }
    if (keys == null) {
      throw new IllegalArgumentException("the key set has no \"keys\" member");
    }
    checkDistinctKeyIds(keys);
    return keys;
  }

  private List<JsonWebKey> keyArray(JsonParser parser) throws IOException {
    List<JsonWebKey> keys = new ArrayList<>();
    int index = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (index == MAX_KEYS) {
        throw new IllegalArgumentException("the key set has more than " + MAX_KEYS + " keys");
      }
      String where = "keys[" + index + "]";
      if (t != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(where + " must be a JSON object");
      }
      JsonWebKey key = key(members(parser, where), where);
      if (key != null) {
        keys.add(key);
      }
      index++;
    }
    return keys;
  }

  /** The members of one key that matter here; the parser is at the key's '{'. */
  private static Map<String, Object> members(JsonParser parser, String where) throws IOException {
    Map<String, Object> members = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (STRING_MEMBERS.contains(name)) {
        if (value != JsonToken.VALUE_STRING) {
          throw new IllegalArgumentException(where + "." + name + " must be a string");
        }
        put(members, name, parser.getText(), where);
      } else if ("key_ops".equals(name)) {
        put(members, name, stringArray(parser, where + ".key_ops"), where);
      } else {
        parser.skipChildren();
      }
    }
    return members;
  }

  private static void put(Map<String, Object> members, String name, Object value, String where) {
    if (members.put(name, value) != null) {
      throw new IllegalArgumentException(where + " has more than one \"" + name + "\"");
    }
  }

  private static List<String> stringArray(JsonParser parser, String where) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new IllegalArgumentException(where + " must be an array of strings");
    }
    List<String> values = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        throw new IllegalArgumentException(where + " must be an array of strings");
      }
      values.add(parser.getText());
    }
    return values;
  }

  /** The key, or null if it is not one this verifier uses. */
  private static JsonWebKey key(Map<String, Object> members, String where) {
    String kty = (String) members.get("kty");
    if (kty == null) {
      throw new IllegalArgumentException(where + " has no \"kty\"");
    }
    String kid = (String) members.get("kid");
    if (kid != null) {
      where = where + " (kid " + DisplayText.quote(kid) + ")";
    }
    JwsAlgorithm algorithm = JwsAlgorithm.forKeyType(kty);
    Object use = members.get("use");
    Object ops = members.get("key_ops");
    Object alg = members.get("alg");
    if (algorithm == null
        || (use != null && !"sig".equals(use))
        || (ops != null && !((List<?>) ops).contains("verify"))
        || (alg != null && !algorithm.name().equals(alg))) {
      return null;
    }
    PublicKey publicKey;
    if (algorithm == JwsAlgorithm.RS256) {
      publicKey = rsaKey(members, where);
    } else {
      String crv = required(members, "crv", where);
      if (!"P-256".equals(crv)) {
        return null;
      }
      publicKey = p256Key(members, where);
    }
    return new JsonWebKey(kid, algorithm, publicKey);
  }

  private static PublicKey rsaKey(Map<String, Object> members, String where) {
    BigInteger n = new BigInteger(1, decoded(members, "n", where));
    BigInteger e = new BigInteger(1, decoded(members, "e", where));
    if (n.bitLength() < MIN_RSA_BITS) {
      throw new IllegalArgumentException(
          where
              + ": the RSA modulus has "
              + n.bitLength()
              + " bits; at least "
              + MIN_RSA_BITS
              + " are required");
    }
    if (!e.testBit(0) || e.compareTo(BigInteger.valueOf(3)) < 0 || e.bitLength() > 32) {
      throw new IllegalArgumentException(
          where + ": the RSA exponent e is not a valid public exponent");
    }
    return generate("RSA", new RSAPublicKeySpec(n, e), where);
  }

  private static PublicKey p256Key(Map<String, Object> members, String where) {
    byte[] x = decoded(members, "x", where);
    byte[] y = decoded(members, "y", where);
    if (x.length != P256.FIELD_BYTES || y.length != P256.FIELD_BYTES) {
      throw new IllegalArgumentException(
          where + ": P-256 coordinates x and y must be " + P256.FIELD_BYTES + " bytes each");
    }
    ECParameterSpec curve = P256.parameters();
    ECPoint point = new ECPoint(new BigInteger(1, x), new BigInteger(1, y));
    if (!P256.isOnCurve(point, curve)) {
      throw new IllegalArgumentException(where + ": the point (x, y) is not on the P-256 curve");
    }
    return generate("EC", new ECPublicKeySpec(point, curve), where);
  }

  private static PublicKey generate(String type, KeySpec spec, String where) {
    try {
      return KeyFactory.getInstance(type).generatePublic(spec);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(where + ": not a valid " + type + " public key", e);
    }
  }

  private static String required(Map<String, Object> members, String name, String where) {
    Object value = members.get(name);
    if (value == null) {
      throw new IllegalArgumentException(where + " has no \"" + name + "\"");
    }
    return (String) value;
  }

  private static byte[] decoded(Map<String, Object> members, String name, String where) {
    String text = required(members, name, where);
    byte[] bytes;
    try {
      bytes = Base64Url.decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + "." + name + " is " + e.getMessage(), e);
    }
    if (bytes.length == 0) {
      throw new IllegalArgumentException(where + "." + name + " is empty");
    }
    return bytes;
  }

  private static void checkDistinctKeyIds(List<JsonWebKey> keys) {
    Set<String> seen = new HashSet<>();
    for (JsonWebKey key : keys) {
      if (key.keyId() != null && !seen.add(key.keyId())) {
        throw new IllegalArgumentException(
            "the key set has more than one key with kid " + DisplayText.quote(key.keyId()));
      }
    }
  }
}
