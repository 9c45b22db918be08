package io.gatehouse.policy.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    "203.0.113.0/24, 203.0.113.0, true",
    "203.0.113.0/24, 203.0.113.255, true",
    "203.0.113.0/24, 203.0.114.0, false",
    "203.0.113.5/24, 203.0.113.77, true",
    "203.0.113.5, 203.0.113.5, true",
    "203.0.113.5, 203.0.113.6, false",
    "203.0.113.5/32, 203.0.113.5, true",
    "0.0.0.0/0, 8.8.8.8, true",
    "0.0.0.0/0, 255.255.255.255, true",
    "10.0.0.0/8, 10.255.255.255, true",
    "10.0.0.0/8, 11.0.0.0, false",
    "128.0.0.0/1, 200.0.0.1, true",
    "128.0.0.0/1, 127.255.255.255, false",
    "2001:DB8:1234:5678::/64, 2001:db8:1234:5678::1, true",
    "2001:db8:1234:5678::/64, 2001:db8:1234:5679::1, false",
    "2001:db8::/32, 2001:0DB8:ffff:ffff:ffff:ffff:ffff:ffff, true",
    "2001:db8::/32, 2001:db9::, false",
    "::/0, ::1, true",
    "::/0, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, true",
    "::1, ::1, true",
    "::1/128, 0:0:0:0:0:0:0:1, true",
    "::1/128, ::2, false",
    "::, ::, true",
    "2001:db8::1/127, 2001:db8::0, true",
    "2001:db8::1/127, 2001:db8::2, false",
    "2001:db8:0:0:8000::/65, 2001:db8::ffff:0:0:1, true",
    "2001:db8:0:0:8000::/65, 2001:db8::7fff:0:0:1, false",
    "::ffff:192.0.2.0/120, ::ffff:192.0.2.77, true",
    "::ffff:192.0.2.0/120, ::ffff:192.0.3.1, false",
    "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8, true",
    "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0, true",
  })
  void containsAddressesInTheBlock(String cidr, String address, boolean expected) {
    assertEquals(expected, IpRange.parse(cidr).contains(address));
  }

  @Test
  void ipv4AndIpv6NeverMix() {
    assertFalse(IpRange.parse("0.0.0.0/0").contains("::ffff:192.0.2.1"));
    assertFalse(IpRange.parse("0.0.0.0/0").contains("::1"));
    assertFalse(IpRange.parse("::/0").contains("192.0.2.1"));
    assertFalse(IpRange.parse("::ffff:0:0/96").contains("192.0.2.1"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "garbage", "example.com", "192.0.2", "192.0.2.1.5", "192.0.2.256", "192.0.2.1/24",
        " 192.0.2.1", "192.0.2.1 ", "1:2:3:4:5:6:7:8:9", "1::2::3", ":::", "1:", ":1",
        "12345::", "::g", "fe80::1%eth0", "::ffff:300.0.0.1", "1.2.3.4::", "192.0.2.-1"
      })
  void requestTextThatIsNotAnAddressIsNotContained(String address) {
    assertFalse(IpRange.parse("0.0.0.0/0").contains(address));
    assertFalse(IpRange.parse("::/0").contains(address));
  }

  @Test
  void nullAddressIsNotContained() {
    assertFalse(IpRange.parse("0.0.0.0/0").contains(null));
  }

  @Test
  void bareAddressIsASingleAddressBlock() {
    assertEquals(32, IpRange.parse("192.0.2.1").prefixLength());
    assertEquals(128, IpRange.parse("2001:db8::1").prefixLength());
    assertTrue(IpRange.parse("2001:db8::1").isIpv6());
    assertFalse(IpRange.parse("192.0.2.1").isIpv6());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0/0",
        "10.0.0.0/32",
        "010.001.0.0/16",
        "::/0",
        "::/128",
        "2001:db8::/32",
        "::ffff:192.0.2.1",
        "FE80::ABCD:1/10",
        "1:2:3:4:5:6:7:8/128"
      })
  void checkAcceptsValidBlocks(String cidr) {
    assertNull(IpRange.check(cidr));
  }

  @Test
  void checkExplainsInvalidPrefixLengths() {
    assertEquals(
        "invalid IP address or CIDR block \"10.0.0.0/33\": an IPv4 prefix length must be 0 to 32",
        IpRange.check("10.0.0.0/33"));
    assertEquals(
        "invalid IP address or CIDR block \"2001:db8::/129\": an IPv6 prefix length must be 0 to"
            + " 128",
        IpRange.check("2001:db8::/129"));
    assertEquals(
        "invalid IP address or CIDR block \"10.0.0.0/\": an IPv4 prefix length must be 0 to 32",
        IpRange.check("10.0.0.0/"));
    assertEquals(
        "invalid IP address or CIDR block \"10.0.0.0/-1\": an IPv4 prefix length must be 0 to 32",
        IpRange.check("10.0.0.0/-1"));
    assertEquals(
        "invalid IP address or CIDR block \"10.0.0.0/8/8\": an IPv4 prefix length must be 0 to 32",
        IpRange.check("10.0.0.0/8/8"));
  }

  @Test
  void checkExplainsBadOctets() {
    assertEquals(
        "invalid IP address or CIDR block \"10.0.0.256/24\": \"256\" is greater than 255",
        IpRange.check("10.0.0.256/24"));
    assertEquals(
        "invalid IP address or CIDR block \"10.0.x.1\": \"x\" is not a number from 0 to 255",
        IpRange.check("10.0.x.1"));
    assertEquals(
        "invalid IP address or CIDR block \"10.0.0/8\": an IPv4 address has four numbers"
            + " separated by dots, e.g. \"192.0.2.1\"",
        IpRange.check("10.0.0/8"));
  }

  @Test
  void checkExplainsBadIpv6() {
    assertEquals(
        "invalid IP address or CIDR block \"1::2::3/64\": \"1::2::3\" is not an IPv6 address,"
            + " e.g. \"2001:db8::1\"",
        IpRange.check("1::2::3/64"));
  }

  @Test
  void checkExplainsGarbage() {
    assertEquals(
        "expected an IP address or CIDR block such as \"203.0.113.0/24\" or \"2001:db8::/32\","
            + " found \"localhost\"",
        IpRange.check("localhost"));
  }

  @Test
  void parseThrowsTheCheckProblem() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("10.0.0.0/33"));
    assertEquals(IpRange.check("10.0.0.0/33"), e.getMessage());
  }

  @Test
  void toStringIsTextAsWritten() {
    assertEquals("203.0.113.5/24", IpRange.parse("203.0.113.5/24").toString());
  }
}
