package io.gatehouse.sts.oidc;

import static io.gatehouse.sts.oidc.InvalidIdentityTokenException.invalid;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed reads of JWT claims (RFC 7519, section 4.1) that refuse a token with a wrong type. */
final class ClaimValues {
  private ClaimValues() {}

  /** A string claim that must be present and non-empty. */
  static String requiredString(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (value == null) {
      throw invalid("the token has no " + name + " claim");
    }
    if (!(value instanceof String) || ((String) value).isEmpty()) {
      throw invalid("the token's " + name + " claim is not a non-empty string");
    }
    return (String) value;
  }

  /** A claim that is a string or an array of strings, as a list; empty if absent. */
  static List<String> stringOrStrings(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof String) {
      return List.of((String) value);
    }
    if (value instanceof List) {
      List<String> strings = new ArrayList<>();
      for (Object item : (List<?>) value) {
        if (!(item instanceof String)) {
          throw invalid("the token's " + name + " claim is not a string or an array of strings");
        }
        strings.add((String) item);
      }
      return List.copyOf(strings);
    }
    throw invalid("the token's " + name + " claim is not a string or an array of strings");
  }

  /** A NumericDate claim (seconds since the epoch, possibly fractional), or null if absent. */
  static Instant numericDate(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (value == null) {
      return null;
    }
    try {
      if (value instanceof Long) {
        return Instant.ofEpochSecond((Long) value);
      }
      if (value instanceof Double && Double.isFinite((Double) value)) {
        double seconds = Math.floor((Double) value);
        if (Math.abs(seconds) < 1e17) {
          long whole = (long) seconds;
          long nanos = Math.round(((Double) value - seconds) * 1e9);
          return Instant.ofEpochSecond(whole, nanos);
        }
      }
    } catch (DateTimeException e) {
      // Out of Instant's range: refused below like any other non-date.
    }
    if (value instanceof Long || value instanceof Double || value instanceof BigInteger) {
      throw invalid("the token's " + name + " claim is out of range");
    }
    throw invalid("the token's " + name + " claim is not a number of seconds");
  }

  /** A NumericDate claim that must be present. */
  static Instant requiredNumericDate(Map<String, Object> claims, String name) {
    Instant value = numericDate(claims, name);
    if (value == null) {
      throw invalid("the token has no " + name + " claim");
    }
    return value;
  }
}
