package io.gatehouse.iam;

import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static io.gatehouse.iam.IamFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentOperationsTest {
  private final IamFixture f = new IamFixture();
  private final IamService iam = f.iam;

  private String policy(String name, String path) {
    return iam.createPolicy(name, path, allow("s3:*", "*"), null).arn();
  }

  @Test
  void attachesListsAndDetachesForUsersGroupsAndRoles() {
    String read = policy("Read", null);
    String write = policy("Write", "/rw/");
    iam.createUser("alice", null, null, null);
    iam.createGroup("devs", null);
    iam.createRole("r", null, trust(arn("root")), null, null, null, null);

    iam.attachUserPolicy("alice", write);
    iam.attachUserPolicy("ALICE", read);
    iam.attachUserPolicy("alice", read);
    assertEquals(List.of(new AttachedPolicy("Read", read), new AttachedPolicy("Write", write)),
        iam.listAttachedUserPolicies("alice", null, null, null).items());
    assertEquals(List.of(write, read), f.account().user("alice").orElseThrow().attachedPolicies(), "attached once");
    assertEquals(List.of(new AttachedPolicy("Write", write)),
        iam.listAttachedUserPolicies("alice", "/rw/", null, null).items());

    iam.attachGroupPolicy("devs", read);
    assertEquals(List.of(new AttachedPolicy("Read", read)), iam.listAttachedGroupPolicies("devs", null, null, null)
        .items());
    iam.attachRolePolicy("r", write);
    assertEquals(List.of(new AttachedPolicy("Write", write)), iam.listAttachedRolePolicies("r", null, null, null)
        .items());
    assertEquals(2, iam.getPolicy(read).attachmentCount());

    iam.detachUserPolicy("alice", read);
    iam.detachGroupPolicy("devs", read);
    iam.detachRolePolicy("r", write);
    assertEquals(List.of(write), f.account().user("alice").orElseThrow().attachedPolicies());
    assertEquals(List.of(), f.account().group("devs").orElseThrow().attachedPolicies());
    assertEquals(List.of(), f.account().role("r").orElseThrow().attachedPolicies());
  }

  @Test
  void refusesUnknownPoliciesEntitiesAndDetachingWhatIsNotAttached() {
    String read = policy("Read", null);
    iam.createUser("alice", null, null, null);
    iam.createRole("r", null, trust(arn("root")), null, null, null, null);
    f.refused(() -> iam.attachUserPolicy("alice", arn("policy/Nope")), "NoSuchEntity", 404,
        "Policy " + arn("policy/Nope") + " does not exist or is not attachable.");
    f.refused(() -> iam.attachGroupPolicy("devs", read), "NoSuchEntity", 404,
        "The group with name devs cannot be found.");
    f.refused(() -> iam.attachRolePolicy("nope", read), "NoSuchEntity", 404,
        "The role with name nope cannot be found.");
    f.refused(() -> iam.detachUserPolicy("alice", read), "NoSuchEntity", 404, "Policy " + read + " was not found.");
    f.refused(() -> iam.detachRolePolicy("r", read), "NoSuchEntity", 404, "Policy " + read + " was not found.");
    f.refused(() -> iam.attachUserPolicy("alice", "not-an-arn-but-long-enough"), "InvalidInput", 400,
        "ARN not-an-arn-but-long-enough is not valid.");
    f.refused(() -> iam.listAttachedUserPolicies("bob", null, null, null), "NoSuchEntity", 404, null);
  }

  @Test
  void refusesMoreThanTenManagedPoliciesPerEntity() {
    iam.createUser("alice", null, null, null);
    iam.createGroup("devs", null);
    iam.createRole("r", null, trust(arn("root")), null, null, null, null);
    for (int i = 0; i < 10; i++) {
      String p = policy("P" + i, null);
      iam.attachUserPolicy("alice", p);
      iam.attachGroupPolicy("devs", p);
      iam.attachRolePolicy("r", p);
    }
    String eleventh = policy("P10", null);
    f.refused(() -> iam.attachUserPolicy("alice", eleventh), "LimitExceeded", 409,
        "Cannot exceed quota for PoliciesPerUser: 10");
    f.refused(() -> iam.attachGroupPolicy("devs", eleventh), "LimitExceeded", 409,
        "Cannot exceed quota for PoliciesPerGroup: 10");
    f.refused(() -> iam.attachRolePolicy("r", eleventh), "LimitExceeded", 409,
        "Cannot exceed quota for PoliciesPerRole: 10");
    iam.attachUserPolicy("alice", arn("policy/P3"));
    assertEquals(10, iam.listAttachedUserPolicies("alice", null, null, null).items().size());
  }

  @Test
  void raisedQuotaAllowsMore() {
    IamFixture raised = new IamFixture(IamQuotas.defaults().withAttachedPoliciesPerEntity(20));
    raised.iam.createUser("alice", null, null, null);
    for (int i = 0; i < 20; i++) {
      raised.iam.attachUserPolicy("alice", raised.iam.createPolicy("P" + i, null, allow("s3:*", "*"), null).arn());
    }
    String more = raised.iam.createPolicy("P20", null, allow("s3:*", "*"), null).arn();
    raised.refused(() -> raised.iam.attachUserPolicy("alice", more), "LimitExceeded", 409,
        "Cannot exceed quota for PoliciesPerUser: 20");
  }
}
