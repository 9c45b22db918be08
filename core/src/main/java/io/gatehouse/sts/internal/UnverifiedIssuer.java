package io.gatehouse.sts.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Base64;

/**
 * Reads the {@code iss} claim of a JWT without verifying it, only to choose which configured
 * provider's keys verify it. Nothing else may be trusted before verification.
 */
public final class UnverifiedIssuer {
  private UnverifiedIssuer() {}

  /** The token's issuer, or the empty string if the token is malformed. */
  public static String of(String jwt) {
    if (jwt == null || jwt.length() > 16384) {
      return "";
    }
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      return "";
    }
    try (JsonParser p = new JsonFactory().createParser(Base64.getUrlDecoder().decode(parts[1]))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "";
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (name.equals("iss") && t == JsonToken.VALUE_STRING) {
          return p.getText();
        }
        p.skipChildren();
      }
    } catch (IOException | IllegalArgumentException e) {
      return "";
    }
    return "";
  }
}
