package io.gatehouse.policy.internal.match;

import java.util.Arrays;

/**
 * Reads IPv4 and IPv6 address literals from text, by hand: nothing here ever resolves a host name,
 * so no request or policy text can cause a DNS lookup (as {@code InetAddress.getByName} would).
 */
final class IpAddressText {
  private static final int IPV6_GROUPS = 8;

  private IpAddressText() {}

  /**
   * Reads a dotted-quad IPv4 address such as {@code 192.0.2.1} from {@code text[from, to)}.
   *
   * @return the address as an unsigned 32-bit value, or -1 if the text is not one
   */
  static long parseIpv4(CharSequence text, int from, int to) {
    long value = 0;
    int parts = 0;
    int i = from;
    while (true) {
      int start = i;
      int octet = 0;
      while (i < to && i - start < 3 && isDigit(text.charAt(i))) {
        octet = octet * 10 + (text.charAt(i) - '0');
        i++;
      }
      if (i == start || octet > 255) {
        return -1;
      }
      value = value << 8 | octet;
      parts++;
      if (i == to) {
        return parts == 4 ? value : -1;
      }
      if (text.charAt(i) != '.' || parts == 4) {
        return -1;
      }
      i++;
    }
  }

  /**
   * Reads an IPv6 address from {@code text[from, to)}: eight groups of one to four hex digits in
   * any case, at most one {@code ::} standing for one or more zero groups, and optionally an IPv4
   * address in place of the last two groups (e.g. {@code ::ffff:192.0.2.1}). Zone ids ({@code
   * %eth0}) are not accepted.
   *
   * @param out receives the high 64 bits in {@code out[0]} and the low 64 bits in {@code out[1]}
   * @return false if the text is not an IPv6 address
   */
  static boolean parseIpv6(CharSequence text, int from, int to, long[] out) {
    if (to - from < 2) {
      return false;
    }
    int[] groups = new int[IPV6_GROUPS];
    int count = 0;
    int gap = -1;
    int i = from;
    if (text.charAt(i) == ':') {
      if (text.charAt(i + 1) != ':') {
        return false;
      }
      gap = 0;
      i += 2;
    }
    while (i < to) {
      int j = i;
      int value = 0;
      int digit;
      while (j < to && j - i < 5 && (digit = hexDigit(text.charAt(j))) >= 0) {
        value = value * 16 + digit;
        j++;
      }
      if (j < to && text.charAt(j) == '.') {
        long ipv4 = parseIpv4(text, i, to);
        if (ipv4 < 0 || count > IPV6_GROUPS - 2) {
          return false;
        }
        groups[count++] = (int) (ipv4 >>> 16);
        groups[count++] = (int) (ipv4 & 0xFFFF);
        break;
      }
      if (j == i || j - i > 4 || count == IPV6_GROUPS) {
        return false;
      }
      groups[count++] = value;
      if (j == to) {
        break;
      }
      if (text.charAt(j) != ':' || j + 1 == to) {
        return false;
      }
      j++;
      if (text.charAt(j) == ':') {
        if (gap >= 0) {
          return false;
        }
        gap = count;
        j++;
      }
      i = j;
    }
    if (gap < 0 ? count != IPV6_GROUPS : count == IPV6_GROUPS) {
      return false;
    }
    if (gap >= 0) {
      int tail = count - gap;
      System.arraycopy(groups, gap, groups, IPV6_GROUPS - tail, tail);
      Arrays.fill(groups, gap, IPV6_GROUPS - tail, 0);
    }
    out[0] = join(groups, 0);
    out[1] = join(groups, 4);
    return true;
  }

  private static long join(int[] groups, int start) {
    long value = 0;
    for (int k = start; k < start + 4; k++) {
      value = value << 16 | groups[k];
    }
    return value;
  }

  /** Why text that looks like an IPv4 address (no colon) is not one, or null if it is one. */
  static String describeIpv4Problem(String address) {
    String[] parts = address.split("\\.", -1);
    if (parts.length != 4) {
      return "an IPv4 address has four numbers separated by dots, e.g. \"192.0.2.1\"";
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(IpAddressText::isDigit)) {
        return "\"" + part + "\" is not a number from 0 to 255";
      }
      if (Integer.parseInt(part) > 255) {
        return "\"" + part + "\" is greater than 255";
      }
    }
    return null;
  }

  /**
   * The value of an ASCII hex digit in either case, or -1; unlike Character.digit, no other
   * scripts.
   */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
