package io.gatehouse.policy.internal.match;

/**
 * An IPv4 or IPv6 address read from request text, so that it can be tested against several
 * {@link IpRange}s while being read once. Immutable.
 *
 * @param ipv6 true for an IPv6 address (text with a colon)
 * @param high the high 64 bits of an IPv6 address; 0 for IPv4
 * @param low the low 64 bits of an IPv6 address, or the IPv4 address as an unsigned 32-bit value
 */
public record IpAddress(boolean ipv6, long high, long low) {

  /**
   * Reads an address as {@link IpRange#contains(String)} reads it; never resolves a host name.
   *
   * @return the address, or null if the text is not an IPv4 or IPv6 address
   */
  public static IpAddress parse(String text) {
    if (text.indexOf(':') >= 0) {
      long[] bits = new long[2];
      return IpAddressText.parseIpv6(text, 0, text.length(), bits)
          ? new IpAddress(true, bits[0], bits[1])
          : null;
    }
    long value = IpAddressText.parseIpv4(text, 0, text.length());
    return value < 0 ? null : new IpAddress(false, 0, value);
  }
}
