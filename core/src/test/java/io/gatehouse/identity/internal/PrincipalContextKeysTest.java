package io.gatehouse.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.Tag;
import io.gatehouse.identity.UserBuilder;
import io.gatehouse.testing.SettableClock;
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

  private static Account accountWithBobTagged(String team) {
    UserBuilder bob = new UserBuilder().name("bob").userId("AIDABOB").arn("arn:aws:iam::123456789012:user/bob")
        .createDate(Instant.parse("2026-01-01T00:00:00Z"));
    bob.tags().add(new Tag("team", team));
    return Account.builder("123456789012").putUser(bob.build()).build();
  }

  @Test
  void theKeyFillerOfAnAuthorizerGivesWhatTheOneOffBuildGives() {
    Account account = accountWithBobTagged("web");
    RequestContext supplied = RequestContext.builder().put("aws:SourceIp", "203.0.113.7")
        .put("aws:username", "mallory").build();
    PrincipalContextKeys keys = new PrincipalContextKeys(CLOCK);
    RequestContext first = keys.build(BOB, new CompiledAccount(account), "123456789012", supplied);
    assertEquals(PrincipalContextKeys.build(BOB, account, "123456789012", supplied, CLOCK), first);
    assertEquals(List.copyOf(PrincipalContextKeys.build(BOB, account, "123456789012", supplied, CLOCK).keys()),
        List.copyOf(first.keys()), "the same keys in the same order");
    assertEquals("web", first.value("aws:PrincipalTag/team"));
    assertEquals("AIDABOB", first.value("aws:userid"));
    assertEquals("bob", first.value("aws:username"));
  }

  @Test
  void identityKeysAreKeptWithTheirAccountSnapshotAndFollowANewOne() {
    PrincipalContextKeys keys = new PrincipalContextKeys(CLOCK);
    CompiledAccount before = new CompiledAccount(accountWithBobTagged("web"));
    keys.build(BOB, before, "", RequestContext.empty());
    RequestContext kept = before.identityKeys(BOB.principal().arn());
    assertEquals("web", kept.value("aws:PrincipalTag/team"));
    keys.build(BOB, before, "", RequestContext.empty());
    assertSame(kept, before.identityKeys(BOB.principal().arn()), "worked out once per snapshot");

    CompiledAccount after = new CompiledAccount(accountWithBobTagged("payments"));
    assertEquals("payments", keys.build(BOB, after, "", RequestContext.empty()).value("aws:PrincipalTag/team"));
  }

  @Test
  void keysThatDependOnTheSignInAreNeverKept() {
    CompiledAccount account = new CompiledAccount(accountWithBobTagged("web"));
    PrincipalContextKeys keys = new PrincipalContextKeys(CLOCK);
    Caller withMfa = Caller.withPassword(BOB.principal(), Instant.parse("2026-11-23T03:50:00Z"));
    RequestContext full = keys.build(withMfa, account, "", RequestContext.empty());
    assertEquals("true", full.value("aws:MultiFactorAuthPresent"));
    assertEquals("600", full.value("aws:MultiFactorAuthAge"));
    assertNull(account.identityKeys(BOB.principal().arn()));
    Caller stranger = Caller.withAccessKey(Principal.fromArn("arn:aws:iam::123456789012:user/nobody"), "AKIAX");
    assertEquals("nobody", keys.build(stranger, account, "", RequestContext.empty()).value("aws:username"));
    assertNull(account.identityKeys(stranger.principal().arn()), "only users of the account are kept");
  }

  @Test
  void theTimeKeysFollowTheClockSecondBySecond() {
    SettableClock clock = new SettableClock(Instant.parse("2026-11-23T04:00:00.200Z"));
    PrincipalContextKeys keys = new PrincipalContextKeys(clock);
    assertEquals("2026-11-23T04:00:00Z", keys.build(BOB, null, "", RequestContext.empty()).value("aws:CurrentTime"));
    clock.set(Instant.parse("2026-11-23T04:00:00.900Z"));
    assertEquals("1795406400", keys.build(BOB, null, "", RequestContext.empty()).value("aws:EpochTime"));
    clock.set(Instant.parse("2026-11-23T04:00:01.000Z"));
    RequestContext next = keys.build(BOB, null, "", RequestContext.empty());
    assertEquals("2026-11-23T04:00:01Z", next.value("aws:CurrentTime"));
    assertEquals("1795406401", next.value("aws:EpochTime"));
    RequestContext onlyEpochGiven = keys.build(BOB, null, "",
        RequestContext.builder().put("aws:EpochTime", "5").build());
    assertEquals("5", onlyEpochGiven.value("aws:EpochTime"));
    assertEquals("2026-11-23T04:00:01Z", onlyEpochGiven.value("aws:CurrentTime"));
  }
}
