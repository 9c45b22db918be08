package io.gatehouse.sts.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.gatehouse.identity.SigningKey;
import io.gatehouse.identity.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encodes session claims into a signed, self-contained session token and back. A token is {@code
 * GHST1.<payload>.<signature>}: the base64url JSON claims and their HMAC-SHA256 under the account's
 * signing key, so any application instance with the account can verify it without shared state.
 * The temporary secret access key is derived from the key and the claims, so it need not be stored
 * either.
 */
public final class SessionTokenCodec {
  static final String PREFIX = "GHST1.";
  private static final int MAX_TOKEN_LENGTH = 16 * 1024;
  private final JsonFactory json = new JsonFactory();

  /** Thrown for a token that is malformed or whose signature does not verify. */
  public static final class BadTokenException extends Exception {
    private static final long serialVersionUID = 1L;

    BadTokenException(String message) {
      super(message);
    }
  }

  /** Signs the claims with the key. */
  public String encode(SessionClaims claims, SigningKey key) {
    if (!claims.keyId().equals(key.keyId())) {
      throw new IllegalArgumentException("claims name key " + claims.keyId() + ", not " + key.keyId());
    }
    String payload = b64(writeJson(claims).getBytes(StandardCharsets.UTF_8));
    return PREFIX + payload + "." + b64(hmac(key.secret(), (PREFIX + payload).getBytes(StandardCharsets.US_ASCII)));
  }

  /** Reads the claims of a token without verifying it (to find the account and key). */
  public SessionClaims peek(String token) throws BadTokenException {
    return readJson(payloadOf(token));
  }

  /** Verifies a token's signature with the key and returns its claims. */
  public SessionClaims verify(String token, SigningKey key) throws BadTokenException {
    String payload = payloadPart(token);
    byte[] expected = hmac(key.secret(), (PREFIX + payload).getBytes(StandardCharsets.US_ASCII));
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(token.substring(PREFIX.length() + payload.length() + 1));
    } catch (IllegalArgumentException e) {
      throw new BadTokenException("the token's signature is not base64url");
    }
    if (!MessageDigest.isEqual(expected, given)) {
      throw new BadTokenException("the token's signature does not verify");
    }
    return readJson(payloadOf(token));
  }

  /** The temporary secret access key that belongs to these claims. */
  public String secretAccessKey(SessionClaims claims, SigningKey key) {
    byte[] mac = hmac(key.secret(), ("gatehouse-session-secret\0" + claims.accessKeyId() + "\0"
        + claims.expiresAt()).getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(mac).substring(0, 40);
  }

  private static String payloadPart(String token) throws BadTokenException {
    if (token == null || token.length() > MAX_TOKEN_LENGTH || !token.startsWith(PREFIX)) {
      throw new BadTokenException("not a Gatehouse session token");
    }
    int dot = token.indexOf('.', PREFIX.length());
    if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
      throw new BadTokenException("the token does not have three parts");
    }
    return token.substring(PREFIX.length(), dot);
  }

  private static byte[] payloadOf(String token) throws BadTokenException {
    try {
      return Base64.getUrlDecoder().decode(payloadPart(token));
    } catch (IllegalArgumentException e) {
      throw new BadTokenException("the token's payload is not base64url");
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private String writeJson(SessionClaims c) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = json.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("kid", c.keyId());
      g.writeStringField("akid", c.accessKeyId());
      g.writeStringField("acct", c.accountId());
      g.writeStringField("arn", c.principalArn());
      if (c.roleArn() != null) {
        g.writeStringField("rarn", c.roleArn());
      }
      g.writeStringField("id", c.principalId());
      g.writeNumberField("iat", c.issuedAt());
      g.writeNumberField("exp", c.expiresAt());
      if (c.mfaAuthenticatedAt() >= 0) {
        g.writeNumberField("mfa", c.mfaAuthenticatedAt());
      }
      g.writeArrayFieldStart("pol");
      for (String p : c.sessionPolicies()) {
        g.writeString(p);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("pma");
      for (String p : c.managedPolicyArns()) {
        g.writeString(p);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("tags");
      for (Tag t : c.tags()) {
        g.writeStringField(t.key(), t.value());
      }
      g.writeEndObject();
      if (c.sourceIdentity() != null) {
        g.writeStringField("src", c.sourceIdentity());
      }
      if (c.webIdentityProvider() != null) {
        g.writeStringField("fed", c.webIdentityProvider());
      }
      g.writeBooleanField("ch", c.chained());
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private SessionClaims readJson(byte[] bytes) throws BadTokenException {
    SessionClaims.Builder b = new SessionClaims.Builder();
    try (JsonParser p = json.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadTokenException("the token's payload is not an object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "kid" -> b.keyId = p.getValueAsString();
          case "akid" -> b.accessKeyId = p.getValueAsString();
          case "acct" -> b.accountId = p.getValueAsString();
          case "arn" -> b.principalArn = p.getValueAsString();
          case "rarn" -> b.roleArn = p.getValueAsString();
          case "id" -> b.principalId = p.getValueAsString();
          case "iat" -> b.issuedAt = p.getLongValue();
          case "exp" -> b.expiresAt = p.getLongValue();
          case "mfa" -> b.mfaAuthenticatedAt = p.getLongValue();
          case "pol" -> b.sessionPolicies = strings(p, t);
          case "pma" -> b.managedPolicyArns = strings(p, t);
          case "tags" -> b.tags = tags(p, t);
          case "src" -> b.sourceIdentity = p.getValueAsString();
          case "fed" -> b.webIdentityProvider = p.getValueAsString();
          case "ch" -> b.chained = p.getBooleanValue();
          default -> p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new BadTokenException("the token's payload is malformed");
    }
    return b.build();
  }

  private static List<String> strings(JsonParser p, JsonToken start) throws IOException, BadTokenException {
    if (start != JsonToken.START_ARRAY) {
      throw new BadTokenException("expected an array in the token");
    }
    List<String> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      out.add(p.getText());
    }
    return out;
  }

  private static List<Tag> tags(JsonParser p, JsonToken start) throws IOException, BadTokenException {
    if (start != JsonToken.START_OBJECT) {
      throw new BadTokenException("expected an object of tags in the token");
    }
    List<Tag> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      p.nextToken();
      out.add(new Tag(k, p.getText()));
    }
    return out;
  }

}
