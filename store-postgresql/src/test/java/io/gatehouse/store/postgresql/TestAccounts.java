package io.gatehouse.store.postgresql;

import io.gatehouse.Decision;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.SecretEncryption;
import io.gatehouse.policy.PolicyParser;
import java.security.SecureRandom;

/** The account and decisions the PostgreSQL store tests share. */
final class TestAccounts {
  static final String ID = "123456789012";
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  static final SecretEncryption KEYS =
      SecretEncryption.fromText(SecretEncryption.newKeyLine("test", new SecureRandom()), "test key");

  private TestAccounts() {}

  static Account account() {
    return new AccountFiles().read("""
        AccountId: "123456789012"
        AccountAlias: shop
        UserDetailList:
          - UserName: alice
            UserPolicyList:
              - PolicyName: read
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Action: "shop:GetOrder"
                      Resource: "*"
        AccessKeys:
          - UserName: alice
            AccessKeyId: AKIAIOSFODNN7EXAMPLE
            SecretAccessKey: %s
            CreateDate: 2026-01-01T00:00:00Z
        MFADevices:
          - UserName: alice
            SerialNumber: arn:aws:iam::123456789012:mfa/alice
            Base32StringSeed: %s
            EnableDate: 2026-01-01T00:00:00Z
        """.formatted(SECRET, SEED), "seed.yaml", null);
  }

  static PostgresAccountStore open(PostgresServer server, String url) {
    return PostgresAccountStore.builder(url).user(server.user()).encryption(KEYS)
        .checkInterval(java.time.Duration.ofMillis(500)).open();
  }

  /** Alice with one more inline policy allowing {@code action}. */
  static Account allow(Account a, String action) {
    var b = a.user("alice").orElseThrow().toBuilder();
    String name = "p-" + action.replace(':', '-');
    b.inlinePolicies().add(new InlinePolicy(name, new PolicyParser().parse("""
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"%s","Resource":"*"}]}"""
        .formatted(action), "user/alice/" + name)));
    return a.toBuilder().putUser(b.build()).build();
  }

  static Decision decide(AccountAuthorizer authorizer, String action) {
    Caller alice = Caller.asserted(Principal.fromArn("arn:aws:iam::" + ID + ":user/alice"));
    return authorizer.decide(alice, action, "arn:aws:shop:::order/1", RequestContext.empty());
  }
}
