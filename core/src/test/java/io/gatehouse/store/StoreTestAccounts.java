package io.gatehouse.store;

import io.gatehouse.Decision;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.User;
import io.gatehouse.policy.PolicyParser;

/** Accounts and decisions shared by the store tests. */
final class StoreTestAccounts {
  static final String ID = "123456789012";
  static final String YAML = """
      AccountId: "123456789012"
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
      """;

  private StoreTestAccounts() {}

  /** Alice with one more inline policy allowing {@code action}. */
  static Account allow(Account a, String action) {
    User alice = a.user("alice").orElseThrow();
    var b = alice.toBuilder();
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
