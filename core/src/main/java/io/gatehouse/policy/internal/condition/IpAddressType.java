package io.gatehouse.policy.internal.condition;

import io.gatehouse.policy.internal.match.IpRange;

/**
 * The {@code IpAddress} comparison: the policy value is an IPv4 or IPv6 address or CIDR block; a
 * request value that is not an address matches nothing. No text is ever resolved through DNS.
 */
final class IpAddressType implements ValueType {

  @Override
  public String check(String value) {
    return IpRange.check(value);
  }

  @Override
  public ValueMatcher compile(String value) {
    IpRange range = IpRange.parse(value);
    return new ValueMatcher() {
      @Override
      public boolean matches(String requestValue) {
        return range.contains(requestValue);
      }

      @Override
      public boolean matches(ContextValues values, int index) {
        return range.containsAddress(values.address(index));
      }
    };
  }
}
