package io.gatehouse.iam;

import static io.gatehouse.iam.IamFixture.T0;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.AccessKeyGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupOperationsTest {
  private final IamFixture f = new IamFixture();
  private final IamService iam = f.iam;

  @Test
  void createsGroupInAwsShape() {
    IamGroup admins = iam.createGroup("admins", "/ops/");
    assertEquals("/ops/", admins.path());
    assertEquals("admins", admins.groupName());
    assertTrue(AccessKeyGenerator.isGroupId(admins.groupId()), admins.groupId());
    assertEquals(arn("group/ops/admins"), admins.arn());
    assertEquals(T0, admins.createDate());
    f.refused(() -> iam.createGroup("ADMINS", null), "EntityAlreadyExists", 409,
        "Group with name ADMINS already exists.");
    iam.createGroup("g".repeat(128), null);
    f.refused(() -> iam.createGroup("g".repeat(129), null), "ValidationError", 400, null);
  }

  @Test
  void refusesGroupsBeyondTheAccountQuota() {
    IamFixture small = new IamFixture(IamQuotas.defaults().withEntitiesPerAccount(5000, 1, 1000, 1500));
    small.iam.createGroup("one", null);
    small.refused(() -> small.iam.createGroup("two", null), "LimitExceeded", 409,
        "Cannot exceed quota for GroupsPerAccount: 1");
  }

  @Test
  void getGroupListsItsMembersByName() {
    iam.createGroup("admins", null);
    iam.createUser("carol", null, null, null);
    iam.createUser("Bob", null, null, null);
    iam.createUser("alice", null, null, null);
    iam.addUserToGroup("admins", "carol");
    iam.addUserToGroup("ADMINS", "alice");
    iam.addUserToGroup("admins", "alice");
    IamGroupMembers members = iam.getGroup("Admins", null, null);
    assertEquals("admins", members.group().groupName());
    assertEquals(List.of("alice", "carol"), members.users().items().stream().map(IamUser::userName).toList());
    assertEquals(List.of("admins"), f.account().user("alice").orElseThrow().groups(), "added once");
    f.refused(() -> iam.getGroup("nobody", null, null), "NoSuchEntity", 404,
        "The group with name nobody cannot be found.");
  }

  @Test
  void membershipChangesNeedBothEntities() {
    iam.createGroup("admins", null);
    iam.createUser("alice", null, null, null);
    f.refused(() -> iam.addUserToGroup("admins", "bob"), "NoSuchEntity", 404,
        "The user with name bob cannot be found.");
    f.refused(() -> iam.addUserToGroup("devs", "alice"), "NoSuchEntity", 404,
        "The group with name devs cannot be found.");
    f.refused(() -> iam.removeUserFromGroup("admins", "alice"), "NoSuchEntity", 404,
        "The user with name alice is not in group admins.");
    iam.addUserToGroup("admins", "alice");
    iam.removeUserFromGroup("Admins", "ALICE");
    assertEquals(List.of(), iam.listGroupsForUser("alice", null, null).items());
  }

  @Test
  void refusesMoreGroupsPerUserThanTheQuota() {
    iam.createUser("alice", null, null, null);
    for (int i = 0; i < 10; i++) {
      iam.createGroup("g" + i, null);
      iam.addUserToGroup("g" + i, "alice");
    }
    iam.createGroup("g10", null);
    f.refused(() -> iam.addUserToGroup("g10", "alice"), "LimitExceeded", 409,
        "Cannot exceed quota for GroupsPerUser: 10");
    assertEquals(10, iam.listGroupsForUser("alice", null, null).items().size());
  }

  @Test
  void listsGroupsUnderAPathPrefixAndForAUser() {
    iam.createGroup("ops", "/eng/");
    iam.createGroup("devs", "/eng/");
    iam.createGroup("sales", null);
    iam.createUser("alice", null, null, null);
    iam.addUserToGroup("sales", "alice");
    iam.addUserToGroup("ops", "alice");
    assertEquals(List.of("devs", "ops", "sales"), names(iam.listGroups(null, null, null)));
    assertEquals(List.of("devs", "ops"), names(iam.listGroups("/eng/", null, null)));
    assertEquals(List.of("ops", "sales"), names(iam.listGroupsForUser("alice", null, null)));
    f.refused(() -> iam.listGroupsForUser("bob", null, null), "NoSuchEntity", 404, null);
  }

  @Test
  void deleteGroupRefusesWhileItHasMembersOrPolicies() {
    iam.createGroup("admins", null);
    iam.createUser("alice", null, null, null);
    iam.addUserToGroup("admins", "alice");
    IamPolicy managed = iam.createPolicy("Admin", null, allow("*", "*"), null);
    iam.attachGroupPolicy("admins", managed.arn());
    iam.putGroupPolicy("admins", "inline", allow("s3:*", "*"));

    f.refused(() -> iam.deleteGroup("admins"), "DeleteConflict", 409,
        "Cannot delete entity, must remove users from group first.");
    iam.removeUserFromGroup("admins", "alice");
    f.refused(() -> iam.deleteGroup("admins"), "DeleteConflict", 409,
        "Cannot delete entity, must delete policies first.");
    iam.deleteGroupPolicy("admins", "inline");
    f.refused(() -> iam.deleteGroup("admins"), "DeleteConflict", 409,
        "Cannot delete entity, must detach all policies first.");
    iam.detachGroupPolicy("admins", managed.arn());
    iam.deleteGroup("admins");
    assertTrue(f.account().group("admins").isEmpty());
    f.refused(() -> iam.deleteGroup("admins"), "NoSuchEntity", 404, "The group with name admins cannot be found.");
  }

  private static List<String> names(IamPage<IamGroup> page) {
    return page.items().stream().map(IamGroup::groupName).toList();
  }
}
