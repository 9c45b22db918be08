package io.gatehouse.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.store.AccessKeyUsageRecorder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatehouseConfigReaderTest {
  @TempDir
  Path dir;

  private Path write(String text) throws Exception {
    Files.writeString(dir.resolve("shop.yaml"), "AccountId: \"123456789012\"\n");
    Path file = dir.resolve("gatehouse.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsEveryKey() throws Exception {
    GatehouseConfig c = new GatehouseConfigReader().read(write("""
        accounts: shop.yaml
        mode: report-only
        routes:
          - {method: get, path: "/orders/{id}", action: shop:GetOrder,
             resource: "arn:shop:orders::${aws:PrincipalAccount}:order/{id}",
             context: {"shop:Channel": "header:X-Channel", "shop:Id": "path:id"}}
          - {path: "/**", action: shop:Any, resource: "*"}
        unmatched: pass
        authentication:
          sigv4: {service: shop, regions: [us-east-1, eu-west-1]}
          oidc: [{issuer: "https://idp.example.com", role: "arn:aws:iam::123456789012:role/Web"}]
          basic: false
          container: true
          account: "123456789012"
          mfaHeader: X-Code
          trustedProxies: [10.0.0.0/8]
        """));
    assertEquals(List.of(dir.resolve("shop.yaml").toAbsolutePath()), c.accountFiles().stream()
        .map(Path::toAbsolutePath).toList());
    assertEquals(EnforcementMode.REPORT_ONLY, c.mode());
    assertEquals(dir.toAbsolutePath(), c.audit().directory().toAbsolutePath());
    HttpSettings h = c.http();
    assertEquals(new RouteSpec("GET", "/orders/{id}", "shop:GetOrder",
        "arn:shop:orders::${aws:PrincipalAccount}:order/{id}",
        Map.of("shop:Channel", "header:X-Channel", "shop:Id", "path:id")), h.routes().get(0));
    assertNull(h.routes().get(1).method());
    assertEquals(UnmatchedRequests.PASS, h.unmatched());
    AuthenticationSettings a = h.authentication();
    assertEquals("shop", a.sigV4Service());
    assertEquals(List.of("us-east-1", "eu-west-1"), a.sigV4Regions());
    assertEquals(List.of(new OidcRoleMapping("https://idp.example.com", "arn:aws:iam::123456789012:role/Web")), a.oidc());
    assertEquals(false, a.basic());
    assertEquals(true, a.container());
    assertEquals("X-Code", a.mfaHeader());
    assertEquals(List.of("10.0.0.0/8"), a.trustedProxies());
    assertEquals(AccessKeyUsageRecorder.DEFAULT_INTERVAL, a.lastUsedInterval(), "AWS's 15 minutes by default");
  }

  @Test
  void readsHowOftenAccessKeysLastUseIsRecorded() throws Exception {
    Duration every = new GatehouseConfigReader().read(write("""
        accounts: [shop.yaml]
        authentication:
          sigv4: {lastUsedIntervalSeconds: 3600}
        """)).http().authentication().lastUsedInterval();
    assertEquals(Duration.ofHours(1), every);
    Duration off = new GatehouseConfigReader().read(write("""
        accounts: [shop.yaml]
        authentication:
          sigv4: {service: shop, lastUsedIntervalSeconds: 0}
        """)).http().authentication().lastUsedInterval();
    assertEquals(Duration.ZERO, off);
    Path bad = write("""
        accounts: [shop.yaml]
        authentication:
          sigv4: {lastUsedIntervalSeconds: 15m}
        """);
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> new GatehouseConfigReader().read(bad));
    assertTrue(e.getMessage().contains(bad + ":3:36: authentication.sigv4.lastUsedIntervalSeconds: expected a whole "
        + "number of seconds (0 turns recording off)"), e.getMessage());
  }

  @Test
  void defaultsDenyUnmatchedRequestsAndAcceptSigV4AndBasic() throws Exception {
    HttpSettings h = new GatehouseConfigReader().read(write("accounts: [shop.yaml]\n")).http();
    assertEquals(UnmatchedRequests.DENY, h.unmatched());
    assertEquals(AuthenticationSettings.defaults(), h.authentication());
  }

  @Test
  void everyProblemIsReportedWithItsFileLineColumnAndPath() throws Exception {
    Path file = write("""
        accounts: [shop.yaml, missing.yaml]
        mode: enforcing
        routes:
          - {method: GET, path: "/orders/{id}/**/x", action: shop:GetOrder, resource: "*"}
          - {method: GET, path: "/a/{id}", action: GetOrder, resource: "arn:x:{nope}"}
          - {path: "/b/{id}", action: shop:B, resource: "*", context: {"shop:C": "cookie:c"}, extra: 1}
        unmatched: allow
        authentication:
          sigv4: maybe
          trustedProxies: [10.0.0.0/33]
          oidc: [{issuer: "http://idp", role: "arn:aws:iam::123456789012:role/Web"}]
          basik: true
        rutes: []
        """);
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> new GatehouseConfigReader().read(file));
    String m = e.getMessage();
    String f = file.toString();
    for (String expected : List.of(
        f + ":1:23: accounts[1]: account file",
        f + ":2:7: mode:",
        f + ":4:25: routes[0].path: \"**\" may only be the last segment",
        f + ":5:44: routes[1].action: expected SERVICE:ACTION",
        f + ":5:64: routes[1].resource: {nope} is not a variable of the route's path [id]",
        f + ":6:74: routes[2].context.shop:C: expected header:NAME, query:NAME or path:NAME",
        f + ":6:87: routes[2].extra: unknown key \"extra\"",
        f + ":7:12: unmatched: expected \"deny\" or \"pass\"",
        f + ":9:10: authentication.sigv4: expected true or false",
        f + ":10:20: authentication.trustedProxies[0]:",
        f + ":11:19: authentication.oidc[0].issuer: an issuer is an https:// URL",
        f + ":12:3: authentication.basik: unknown key \"basik\"; did you mean \"basic\"?",
        f + ":13:1: rutes: unknown key \"rutes\"; did you mean \"routes\"?")) {
      assertTrue(m.contains(expected), "missing <" + expected + "> in\n" + m);
    }
  }
}
