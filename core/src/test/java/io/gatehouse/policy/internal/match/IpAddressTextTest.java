package io.gatehouse.policy.internal.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpAddressTextTest {

  private static long[] ipv6(String text) {
    long[] out = new long[2];
    assertTrue(IpAddressText.parseIpv6(text, 0, text.length(), out), text);
    return out;
  }

  @Test
  void readsIpv4() {
    assertEquals(0xC0000201L, IpAddressText.parseIpv4("192.0.2.1", 0, 9));
    assertEquals(0L, IpAddressText.parseIpv4("0.0.0.0", 0, 7));
    assertEquals(0xFFFFFFFFL, IpAddressText.parseIpv4("255.255.255.255", 0, 15));
    assertEquals(0x0A000001L, IpAddressText.parseIpv4("x10.0.0.1y", 1, 9));
  }

  @Test
  void rejectsBadIpv4() {
    assertEquals(-1, IpAddressText.parseIpv4("1.2.3", 0, 5));
    assertEquals(-1, IpAddressText.parseIpv4("1.2.3.4.", 0, 8));
    assertEquals(-1, IpAddressText.parseIpv4("1.2.3.1234", 0, 10));
    assertEquals(-1, IpAddressText.parseIpv4("1..3.4", 0, 6));
    assertEquals(-1, IpAddressText.parseIpv4("", 0, 0));
    assertEquals(-1, IpAddressText.parseIpv4("\u0661.2.3.4", 0, 7));
  }

  @Test
  void readsIpv6Forms() {
    assertArrayEquals(new long[] {0, 1}, ipv6("::1"));
    assertArrayEquals(new long[] {0, 0}, ipv6("::"));
    assertArrayEquals(new long[] {0x20010db800000000L, 1}, ipv6("2001:DB8::1"));
    assertArrayEquals(
        new long[] {0x0001000200030004L, 0x0005000600070008L}, ipv6("1:2:3:4:5:6:7:8"));
    assertArrayEquals(new long[] {0, 0x0000ffffc0000201L}, ipv6("::ffff:192.0.2.1"));
    assertArrayEquals(new long[] {0x0001000000000000L, 0}, ipv6("1::"));
    assertArrayEquals(
        new long[] {0x0001000200030004L, 0x0005000600070000L}, ipv6("1:2:3:4:5:6:7::"));
  }

  @Test
  void rejectsNonAsciiHexDigits() {
    assertFalse(IpAddressText.parseIpv6("\uFF21::1", 0, 4, new long[2]));
  }

  @Test
  void describesIpv4Problems() {
    assertEquals(null, IpAddressText.describeIpv4Problem("192.0.2.1"));
    assertEquals("\"\" is not a number from 0 to 255", IpAddressText.describeIpv4Problem("1..2.3"));
    assertEquals(
        "\"1000\" is not a number from 0 to 255", IpAddressText.describeIpv4Problem("1000.2.3.4"));
  }
}
