package io.gatehouse.policy.internal.match;

/**
 * An IPv4 or IPv6 address block in CIDR notation, such as {@code 203.0.113.0/24} or {@code
 * 2001:db8::/32}; a bare address is a block of one ({@code /32} or {@code /128}). Host bits set in
 * the written address are ignored ({@code 203.0.113.5/24} is {@code 203.0.113.0/24}). Immutable.
 *
 * <p>Addresses are read by hand and never resolved: no DNS lookup happens for any text. An IPv4
 * address is never in an IPv6 block and an IPv6 address (including an IPv4-mapped one such as
 * {@code ::ffff:192.0.2.1}) never in an IPv4 block.
 */
public final class IpRange {
  private static final String EXAMPLES = "such as \"203.0.113.0/24\" or \"2001:db8::/32\"";

  private final String text;
  private final boolean ipv6;
  private final int prefixLength;

  /** The network's high and low 64 bits (IPv4: all in {@link #low}), host bits cleared. */
  private final long high;

  private final long low;
  private final long maskHigh;
  private final long maskLow;

  private IpRange(String text, boolean ipv6, int prefixLength, long high, long low) {
    this.text = text;
    this.ipv6 = ipv6;
    this.prefixLength = prefixLength;
    if (ipv6) {
      maskHigh = mask(Math.min(prefixLength, 64));
      maskLow = mask(Math.max(prefixLength - 64, 0));
    } else {
      maskHigh = 0;
      maskLow = mask(prefixLength) >>> 32;
    }
    this.high = high & maskHigh;
    this.low = low & maskLow;
  }

  /** A 64-bit mask with the top {@code bits} bits set. */
  private static long mask(int bits) {
    return bits == 0 ? 0 : -1L << (64 - bits);
  }

  /**
   * Parses an address or CIDR block.
   *
   * @throws IllegalArgumentException with the problem (see {@link #check}) if it is not one
   */
  public static IpRange parse(String cidr) {
    String problem = check(cidr);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    int slash = cidr.indexOf('/');
    int end = slash < 0 ? cidr.length() : slash;
    boolean ipv6 = cidr.lastIndexOf(':', end) >= 0;
    int max = ipv6 ? 128 : 32;
    int prefix = slash < 0 ? max : Integer.parseInt(cidr.substring(slash + 1));
    if (ipv6) {
      long[] bits = new long[2];
      IpAddressText.parseIpv6(cidr, 0, end, bits);
      return new IpRange(cidr, true, prefix, bits[0], bits[1]);
    }
    return new IpRange(cidr, false, prefix, 0, IpAddressText.parseIpv4(cidr, 0, end));
  }

  /**
   * Checks an address or CIDR block as written in a policy.
   *
   * @return null if valid, otherwise the problem, e.g. {@code invalid IP address or CIDR block
   *     "10.0.0.0/33": an IPv4 prefix length must be 0 to 32}
   */
  public static String check(String cidr) {
    int slash = cidr.indexOf('/');
    String address = slash < 0 ? cidr : cidr.substring(0, slash);
    boolean ipv6 = address.indexOf(':') >= 0;
    if (!ipv6 && address.indexOf('.') < 0) {
      return "expected an IP address or CIDR block " + EXAMPLES + ", found \"" + cidr + "\"";
    }
    String prefix = "invalid IP address or CIDR block \"" + cidr + "\": ";
    if (ipv6 && !IpAddressText.parseIpv6(address, 0, address.length(), new long[2])) {
      return prefix + "\"" + address + "\" is not an IPv6 address, e.g. \"2001:db8::1\"";
    }
    if (!ipv6) {
      String problem = IpAddressText.describeIpv4Problem(address);
      if (problem != null) {
        return prefix + problem;
      }
    }
    if (slash >= 0) {
      String length = cidr.substring(slash + 1);
      int max = ipv6 ? 128 : 32;
      boolean digits =
          !length.isEmpty()
              && length.length() <= 3
              && length.chars().allMatch(IpAddressText::isDigit);
      if (!digits || Integer.parseInt(length) > max) {
        return prefix + "an " + (ipv6 ? "IPv6" : "IPv4") + " prefix length must be 0 to " + max;
      }
    }
    return null;
  }

  /**
   * True if the address is in this block. Text that is not an IPv4 or IPv6 address (including text
   * with a {@code /length}) is not. Never throws; allocates nothing for IPv4 addresses.
   */
  public boolean contains(String address) {
    if (address == null) {
      return false;
    }
    boolean addressIsIpv6 = address.indexOf(':') >= 0;
    if (addressIsIpv6 != ipv6) {
      return false;
    }
    if (!ipv6) {
      long value = IpAddressText.parseIpv4(address, 0, address.length());
      return value >= 0 && (value & maskLow) == low;
    }
    long[] bits = new long[2];
    return IpAddressText.parseIpv6(address, 0, address.length(), bits)
        && (bits[0] & maskHigh) == high
        && (bits[1] & maskLow) == low;
  }

  /**
   * As {@link #contains(String)} for an address already read; false for null (text that is not an
   * address).
   */
  public boolean containsAddress(IpAddress address) {
    if (address == null || address.ipv6() != ipv6) {
      return false;
    }
    return (address.high() & maskHigh) == high && (address.low() & maskLow) == low;
  }

  /** True for an IPv6 block. */
  public boolean isIpv6() {
    return ipv6;
  }

  /** The prefix length: 0 to 32 for IPv4, 0 to 128 for IPv6. */
  public int prefixLength() {
    return prefixLength;
  }

  /** The block as written. */
  @Override
  public String toString() {
    return text;
  }
}
