package io.gatehouse.policy.internal.condition;

import static io.gatehouse.policy.internal.condition.ClauseFixture.compile;
import static io.gatehouse.policy.internal.condition.ClauseFixture.context;
import static io.gatehouse.policy.internal.condition.ClauseFixture.holds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.RequestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressTypeTest {

  @ParameterizedTest(name = "{0} {1} vs {2}: {3}")
  @CsvSource({
    "IpAddress, 203.0.113.0/24, 203.0.113.5, true",
    "IpAddress, 203.0.113.0/24, 198.51.100.7, false",
    "IpAddress, 2001:DB8:1234:5678::/64, 2001:db8:1234:5678::1, true",
    "IpAddress, 2001:db8:1234:5678::/64, 2001:db8:1234:5679::1, false",
    "IpAddress, 0.0.0.0/0, 2001:db8::1, false",
    "IpAddress, ::/0, 192.0.2.1, false",
    "IpAddress, 203.0.113.5, 203.0.113.5, true",
    "IpAddress, 203.0.113.0/24, not-an-ip, false",
    "NotIpAddress, 203.0.113.0/24, 198.51.100.7, true",
    "NotIpAddress, 203.0.113.0/24, 203.0.113.5, false",
    "NotIpAddress, 203.0.113.0/24, not-an-ip, true",
  })
  void testsMembership(String operator, String policy, String request, boolean expected) {
    assertEquals(expected, holds(operator, policy, request));
  }

  @Test
  void notIpAddressIsFalseForAddressInsideOneOfSeveralRanges() {
    CompiledCondition condition =
        compile("NotIpAddress", "aws:SourceIp", "203.0.113.0/24", "198.51.100.0/24");
    assertFalse(condition.test(context("aws:SourceIp", "198.51.100.7")));
    assertTrue(condition.test(context("aws:SourceIp", "192.0.2.1")));
  }

  @Test
  void variableRangeIsParsedPerRequest() {
    CompiledCondition condition =
        compile("IpAddress", "aws:SourceIp", "${shop:Network, '10.0.0.0/8'}");
    assertTrue(condition.test(context("aws:SourceIp", "10.1.2.3")));
    RequestContext own =
        RequestContext.builder()
            .put("aws:SourceIp", "10.1.2.3")
            .put("shop:Network", "192.0.2.0/24")
            .build();
    assertFalse(condition.test(own));
    RequestContext bad =
        RequestContext.builder()
            .put("aws:SourceIp", "10.1.2.3")
            .put("shop:Network", "nonsense")
            .build();
    assertFalse(condition.test(bad));
  }
}
