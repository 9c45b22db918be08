package io.gatehouse.policy.internal.condition;

import java.util.Arrays;
import java.util.Base64;

/**
 * The {@code BinaryEquals} comparison: policy and request values are base-64 text (RFC 4648
 * alphabet, padding optional), compared by their decoded bytes.
 */
final class BinaryType implements ValueType {

  @Override
  public String check(String value) {
    return decode(value) != null ? null : "expected base-64 data, found \"" + value + "\"";
  }

  @Override
  public ValueMatcher compile(String value) {
    byte[] expected = decode(value);
    return requestValue -> {
      if (requestValue.equals(value)) {
        return true;
      }
      byte[] actual = decode(requestValue);
      return actual != null && Arrays.equals(actual, expected);
    };
  }

  private static byte[] decode(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
