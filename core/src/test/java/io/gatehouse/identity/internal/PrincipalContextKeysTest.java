package io.gatehouse.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrincipalContextKeysTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneOffset.UTC);
  private static final Caller BOB = Caller.withAccessKey(Principal.fromArn("arn:aws:iam::123456789012:user/bob"),
      "AKIABOB0000000000001");

  @Test
  void keysOfThePrincipalComeFromItsIdentityNeverFromTheRequest() {
    RequestContext supplied = RequestContext.builder().put("aws:SourceIp", "203.0.113.7")
        .put("AWS:UserName", "alice").put("aws:PrincipalArn", "arn:aws:iam::123456789012:root")
        .put("aws:PrincipalTag/team", "admins").put("aws:ResourceAccount", "999999999999")
        .putAll("shop:Channels", List.of("web", "app")).build();
    RequestContext full = PrincipalContextKeys.build(BOB, null, "123456789012", supplied, CLOCK);
    assertEquals("203.0.113.7", full.value("aws:SourceIp"));
    assertEquals(List.of("web", "app"), full.values("shop:channels"));
    assertEquals("bob", full.value("aws:username"));
    assertEquals("arn:aws:iam::123456789012:user/bob", full.value("aws:PrincipalArn"));
    assertEquals("123456789012", full.value("aws:ResourceAccount"));
    assertEquals("User", full.value("aws:PrincipalType"));
    assertNull(full.values("aws:PrincipalTag/team"));
    assertFalse(full.keys().contains("AWS:UserName"));
  }

  @Test
  void theTimeKeysAreFilledOnlyWhenNotGiven() {
    RequestContext none = PrincipalContextKeys.build(BOB, null, "", RequestContext.empty(), CLOCK);
    assertEquals("2026-11-23T04:00:00Z", none.value("aws:CurrentTime"));
    assertEquals("1795406400", none.value("aws:EpochTime"));
    RequestContext given = RequestContext.builder().put("AWS:CurrentTime", "2026-11-23T03:59:59Z")
        .put("aws:epochtime", "1795406399").build();
    RequestContext kept = PrincipalContextKeys.build(BOB, null, "", given, CLOCK);
    assertEquals("2026-11-23T03:59:59Z", kept.value("aws:CurrentTime"));
    assertEquals("1795406399", kept.value("aws:EpochTime"));
  }
}
