package io.gatehouse.iam;

import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static io.gatehouse.iam.IamFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.InlinePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlinePolicyOperationsTest {
  private final IamFixture f = new IamFixture();
  private final IamService iam = f.iam;

  /** A policy whose size without whitespace is exactly {@code size} characters. */
  private static String policyOfSize(int size) {
    String empty = allow("s3:*", "arn:aws:s3:::");
    return allow("s3:*", "arn:aws:s3:::" + "r".repeat(size - PolicyJson.size(empty)));
  }

  @Test
  void putsReplacesGetsListsAndDeletesUserPolicies() {
    iam.createUser("alice", null, null, null);
    iam.putUserPolicy("alice", "write", allow("s3:Put*", "*"));
    iam.putUserPolicy("alice", "read", allow("s3:Get*", "*"));
    iam.putUserPolicy("ALICE", "read", allow("s3:List*", "*"));
    assertEquals(new IamInlinePolicy("alice", "read", allow("s3:List*", "*")), iam.getUserPolicy("alice", "read"));
    assertEquals(List.of("read", "write"), iam.listUserPolicies("alice", null, null).items());
    InlinePolicy stored = f.account().user("alice").orElseThrow().inlinePolicies().get(1);
    assertEquals("read", stored.name());
    assertEquals("read", stored.document().name());
    iam.deleteUserPolicy("alice", "write");
    assertEquals(List.of("read"), iam.listUserPolicies("alice", null, null).items());
    f.refused(() -> iam.getUserPolicy("alice", "write"), "NoSuchEntity", 404,
        "The user policy with name write cannot be found.");
    f.refused(() -> iam.deleteUserPolicy("alice", "write"), "NoSuchEntity", 404,
        "The user policy with name write cannot be found.");
    f.refused(() -> iam.putUserPolicy("bob", "p", allow("s3:*", "*")), "NoSuchEntity", 404,
        "The user with name bob cannot be found.");
  }

  @Test
  void groupAndRolePoliciesWorkTheSame() {
    iam.createGroup("devs", null);
    iam.createRole("r", null, trust(arn("root")), null, null, null, null);
    iam.putGroupPolicy("devs", "g", allow("s3:*", "*"));
    iam.putRolePolicy("r", "p", allow("sqs:*", "*"));
    assertEquals(new IamInlinePolicy("devs", "g", allow("s3:*", "*")), iam.getGroupPolicy("devs", "g"));
    assertEquals(new IamInlinePolicy("r", "p", allow("sqs:*", "*")), iam.getRolePolicy("r", "p"));
    assertEquals(List.of("g"), iam.listGroupPolicies("devs", null, null).items());
    assertEquals(List.of("p"), iam.listRolePolicies("r", null, null).items());
    f.refused(() -> iam.getGroupPolicy("devs", "x"), "NoSuchEntity", 404,
        "The group policy with name x cannot be found.");
    f.refused(() -> iam.getRolePolicy("r", "x"), "NoSuchEntity", 404,
        "The role policy with name x cannot be found.");
    iam.deleteGroupPolicy("devs", "g");
    iam.deleteRolePolicy("r", "p");
    assertTrue(f.account().group("devs").orElseThrow().inlinePolicies().isEmpty());
    assertTrue(f.account().role("r").orElseThrow().inlinePolicies().isEmpty());
  }

  @Test
  void refusesMalformedDocumentsAndNames() {
    iam.createUser("alice", null, null, null);
    f.refused(() -> iam.putUserPolicy("alice", "p", trust(arn("root"))), "MalformedPolicyDocument", 400,
        "Has prohibited field Principal");
    f.refused(() -> iam.putUserPolicy("alice", "bad name", allow("s3:*", "*")), "ValidationError", 400,
        "1 validation error detected: Value 'bad name' at 'policyName' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    f.refused(() -> iam.putUserPolicy("alice", "p", ""), "ValidationError", 400,
        "1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
  }

  @Test
  void enforcesTheAggregateSizeOfEachEntitysInlinePolicies() {
    iam.createUser("alice", null, null, null);
    iam.createGroup("devs", null);
    iam.createRole("r", null, trust(arn("root")), null, null, null, null);

    iam.putUserPolicy("alice", "a", policyOfSize(1000));
    iam.putUserPolicy("alice", "b", policyOfSize(1048));
    f.refused(() -> iam.putUserPolicy("alice", "c", policyOfSize(200)), "LimitExceeded", 409,
        "Maximum policy size of 2048 bytes exceeded for user alice");
    iam.putUserPolicy("alice", "b", policyOfSize(1000));
    f.refused(() -> iam.putUserPolicy("alice", "b", policyOfSize(1049)), "LimitExceeded", 409, null);

    iam.putGroupPolicy("devs", "a", policyOfSize(5120));
    f.refused(() -> iam.putGroupPolicy("devs", "b", policyOfSize(200)), "LimitExceeded", 409,
        "Maximum policy size of 5120 bytes exceeded for group devs");

    iam.putRolePolicy("r", "a", policyOfSize(6000));
    iam.putRolePolicy("r", "b", policyOfSize(4240));
    f.refused(() -> iam.putRolePolicy("r", "c", policyOfSize(200)), "LimitExceeded", 409,
        "Maximum policy size of 10240 bytes exceeded for role r");
  }
}
