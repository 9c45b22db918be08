package io.gatehouse.audit;

import io.gatehouse.Authorizer;
import io.gatehouse.Principal;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.identity.TemporarySession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A small shop account (alice, the support role) and helpers to read what a trail wrote. */
final class AuditFixture {
  static final String ACCOUNT = "123456789012";
  static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String ORDER = "arn:shop:orders::123456789012:order/7";
  static final String ALICE = "arn:aws:iam::123456789012:user/alice";
  static final String SUPPORT_SESSION = "arn:aws:sts::123456789012:assumed-role/support/s1";

  private static final String SHOP = """
      AccountId: "123456789012"
      UserDetailList:
        - UserName: alice
          UserId: AIDAALICE00000000001
          UserPolicyList:
            - PolicyName: orders
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Sid: ReadOrders
                    Effect: Allow
                    Action: shop:GetOrder
                    Resource: arn:shop:orders::123456789012:order/*
                  - Sid: NoDeletes
                    Effect: Deny
                    Action: shop:DeleteOrder
                    Resource: "*"
      RoleDetailList:
        - RoleName: support
          RoleId: AROASUPPORT000000001
          AssumeRolePolicyDocument:
            Version: "2012-10-17"
            Statement: { Effect: Allow, Principal: { AWS: "123456789012" }, Action: sts:AssumeRole }
          RolePolicyList:
            - PolicyName: refunds
              PolicyDocument:
                Version: "2012-10-17"
                Statement: { Sid: Refunds, Effect: Allow, Action: shop:RefundOrder, Resource: "*" }
      """;

  private static final Accounts ACCOUNTS = Accounts.of(new AccountFiles().read(SHOP, "shop.yaml", null));

  private AuditFixture() {}

  static Accounts accounts() {
    return ACCOUNTS;
  }

  static AccountAuthorizer authorizer() {
    return new AccountAuthorizer(() -> ACCOUNTS, Authorizer.standard(), ResourcePolicyProvider.NONE, CLOCK);
  }

  static Caller alice() {
    return Caller.withAccessKey(Principal.fromArn(ALICE), "AKIAALICE0000000001");
  }

  /** A support role session issued an hour ago with MFA. */
  static Caller supportSession() {
    Principal p = Principal.fromArn(SUPPORT_SESSION).withRoleArn("arn:aws:iam::123456789012:role/support");
    return Caller.withSession(new TemporarySession(p, "ASIASUPPORT000000001", "AROASUPPORT000000001",
        NOW.minusSeconds(3600), NOW.plusSeconds(3600), NOW.minusSeconds(3600), List.of(), List.of(), List.of(),
        null, false, null));
  }

  /** The lines of the trail's current file. */
  static List<String> lines(Path directory) {
    try {
      return Files.readAllLines(directory.resolve("gatehouse-audit.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
