package io.gatehouse.iam;

import static io.gatehouse.iam.IamFixture.T0;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.AccessKeyGenerator;
import io.gatehouse.identity.Tag;
import io.gatehouse.identity.User;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserOperationsTest {
  private final IamFixture f = new IamFixture();
  private final IamService iam = f.iam;

  @Test
  void createsUserInAwsShape() {
    IamUser alice = iam.createUser("alice", null, null, null);
    assertEquals("/", alice.path());
    assertEquals("alice", alice.userName());
    assertTrue(AccessKeyGenerator.isUserId(alice.userId()), alice.userId());
    assertEquals(arn("user/alice"), alice.arn());
    assertEquals(T0, alice.createDate());
    assertNull(alice.permissionsBoundary());
    assertEquals(List.of(), alice.tags());
    assertEquals(alice, iam.getUser("ALICE"));
    assertEquals(alice.userId(), f.account().user("alice").orElseThrow().userId());
  }

  @Test
  void createsUserWithPathBoundaryAndTags() {
    IamPolicy boundary = iam.createPolicy("Boundary", null, allow("s3:*", "*"), null);
    IamUser bob = iam.createUser("bob", "/staff/eng/", boundary.arn(), List.of(new Tag("team", "eng")));
    assertEquals(arn("user/staff/eng/bob"), bob.arn());
    assertEquals(boundary.arn(), bob.permissionsBoundary());
    assertEquals(List.of(new Tag("team", "eng")), bob.tags());
    assertEquals(1, iam.getPolicy(boundary.arn()).permissionsBoundaryUsageCount());
  }

  @Test
  void refusesTakenNameWhateverItsCase() {
    iam.createUser("alice", null, null, null);
    f.refused(() -> iam.createUser("Alice", "/other/", null, null), "EntityAlreadyExists", 409,
        "User with name Alice already exists.");
  }

  @Test
  void refusesNamesPathsAndBoundariesThatBreakAwsConstraints() {
    f.refused(() -> iam.createUser(null, null, null, null), "ValidationError", 400,
        "1 validation error detected: Value null at 'userName' failed to satisfy constraint: "
            + "Member must not be null");
    f.refused(() -> iam.createUser("bad name", null, null, null), "ValidationError", 400,
        "1 validation error detected: Value 'bad name' at 'userName' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    f.refused(() -> iam.createUser("a".repeat(65), null, null, null), "ValidationError", 400,
        "1 validation error detected: Value '" + "a".repeat(65) + "' at 'userName' failed to satisfy "
            + "constraint: Member must have length less than or equal to 64");
    f.refused(() -> iam.createUser("", null, null, null), "ValidationError", 400,
        "1 validation error detected: Value '' at 'userName' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
    f.refused(() -> iam.createUser("alice", "staff", null, null), "ValidationError", 400,
        "1 validation error detected: Value 'staff' at 'path' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
    f.refused(() -> iam.createUser("alice", "/a b/", null, null), "ValidationError", 400, null);
    f.refused(() -> iam.createUser("alice", null, "arn:aws:s3:::some-bucket-name", null), "InvalidInput", 400,
        "ARN arn:aws:s3:::some-bucket-name is not valid.");
    f.refused(() -> iam.createUser("alice", null, arn("policy/Missing"), null), "NoSuchEntity", 404,
        "Policy " + arn("policy/Missing") + " does not exist or is not attachable.");
    assertTrue(f.account().users().isEmpty());
  }

  @Test
  void refusesTagsThatBreakAwsRules() {
    f.refused(() -> iam.createUser("alice", null, null, List.of(new Tag("aws:team", "x"))), "InvalidInput", 400,
        "Tag keys beginning with 'aws:' are reserved for AWS use and cannot be set: aws:team");
    f.refused(() -> iam.createUser("alice", null, null, List.of(new Tag("Team", "a"), new Tag("team", "b"))),
        "InvalidInput", 400, "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
    f.refused(() -> iam.createUser("alice", null, null, List.of(new Tag("k".repeat(129), "v"))),
        "ValidationError", 400, null);
    f.refused(() -> iam.createUser("alice", null, null, List.of(new Tag("team", "v".repeat(257)))),
        "ValidationError", 400, null);
    f.refused(() -> iam.createUser("alice", null, null, List.of(new Tag("team", "a;b"))), "ValidationError", 400,
        "1 validation error detected: Value 'a;b' at 'tags.member.value' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    List<Tag> tooMany = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      tooMany.add(new Tag("k" + i, "v"));
    }
    f.refused(() -> iam.createUser("alice", null, null, tooMany), "ValidationError", 400,
        "1 validation error detected: Value '[51 tags]' at 'tags' failed to satisfy constraint: "
            + "Member must have length less than or equal to 50");
  }

  @Test
  void refusesUsersBeyondTheAccountQuota() {
    IamFixture small = new IamFixture(IamQuotas.defaults().withEntitiesPerAccount(2, 300, 1000, 1500));
    small.iam.createUser("a", null, null, null);
    small.iam.createUser("b", null, null, null);
    small.refused(() -> small.iam.createUser("c", null, null, null), "LimitExceeded", 409,
        "Cannot exceed quota for UsersPerAccount: 2");
  }

  @Test
  void getUserOfUnknownNameIsNoSuchEntity() {
    f.refused(() -> iam.getUser("alice"), "NoSuchEntity", 404, "The user with name alice cannot be found.");
  }

  @Test
  void listsUsersByNameUnderAPathPrefix() {
    iam.createUser("carol", "/eng/", null, null);
    iam.createUser("Alice", "/eng/backend/", null, null);
    iam.createUser("bob", "/sales/", null, null);
    assertEquals(List.of("Alice", "bob", "carol"), names(iam.listUsers(null, null, null)));
    assertEquals(List.of("Alice", "carol"), names(iam.listUsers("/eng/", null, null)));
    assertEquals(List.of("Alice"), names(iam.listUsers("/eng/b", null, null)));
    f.refused(() -> iam.listUsers("eng", null, null), "ValidationError", 400, null);
  }

  @Test
  void renamesUserWithItsCredentialsAndMemberships() {
    iam.createUser("alice", null, null, null);
    iam.createGroup("admins", null);
    iam.addUserToGroup("admins", "alice");
    NewAccessKey key = iam.createAccessKey("alice");
    iam.createLoginProfile("alice", "correct horse".toCharArray(), false);
    String userId = iam.getUser("alice").userId();

    iam.updateUser("alice", "alicia", "/people/");

    IamUser alicia = iam.getUser("alicia");
    assertEquals(userId, alicia.userId());
    assertEquals(arn("user/people/alicia"), alicia.arn());
    assertEquals("alicia", iam.listAccessKeys("alicia", null, null).items().get(0).userName());
    assertEquals("alicia", f.account().accessKey(key.accessKeyId()).orElseThrow().userName());
    assertEquals("alicia", iam.getLoginProfile("alicia").userName());
    assertEquals(List.of("admins"), iam.listGroupsForUser("alicia", null, null).items().stream()
        .map(IamGroup::groupName).toList());
    f.refused(() -> iam.getUser("alice"), "NoSuchEntity", 404, null);
  }

  @Test
  void renameRefusesATakenNameButAllowsAChangeOfCase() {
    iam.createUser("alice", null, null, null);
    iam.createUser("bob", null, null, null);
    f.refused(() -> iam.updateUser("alice", "BOB", null), "EntityAlreadyExists", 409,
        "User with name BOB already exists.");
    iam.updateUser("alice", "Alice", null);
    assertEquals("Alice", iam.getUser("alice").userName());
    iam.updateUser("Alice", null, "/moved/");
    assertEquals(arn("user/moved/Alice"), iam.getUser("alice").arn());
  }

  @Test
  void deleteUserRefusesWhileItHasCredentialsPoliciesOrGroups() {
    iam.createUser("alice", null, null, null);
    iam.createGroup("admins", null);
    IamPolicy managed = iam.createPolicy("Read", null, allow("s3:Get*", "*"), null);
    iam.createLoginProfile("alice", "correct horse".toCharArray(), false);
    NewAccessKey key = iam.createAccessKey("alice");
    NewVirtualMfaDevice device = MfaOperationsTest.enabledDevice(f, "alice");
    iam.putUserPolicy("alice", "inline", allow("s3:List*", "*"));
    iam.attachUserPolicy("alice", managed.arn());
    iam.addUserToGroup("admins", "alice");

    String conflict = "DeleteConflict";
    f.refused(() -> iam.deleteUser("alice"), conflict, 409, "Cannot delete entity, must delete login profile first.");
    iam.deleteLoginProfile("alice");
    f.refused(() -> iam.deleteUser("alice"), conflict, 409, "Cannot delete entity, must delete access keys first.");
    iam.deleteAccessKey("alice", key.accessKeyId());
    f.refused(() -> iam.deleteUser("alice"), conflict, 409, "Cannot delete entity, must delete MFA device first.");
    iam.deactivateMFADevice("alice", device.serialNumber());
    f.refused(() -> iam.deleteUser("alice"), conflict, 409, "Cannot delete entity, must delete policies first.");
    iam.deleteUserPolicy("alice", "inline");
    f.refused(() -> iam.deleteUser("alice"), conflict, 409, "Cannot delete entity, must detach all policies first.");
    iam.detachUserPolicy("alice", managed.arn());
    f.refused(() -> iam.deleteUser("alice"), conflict, 409,
        "Cannot delete entity, must remove users from group first.");
    iam.removeUserFromGroup("admins", "alice");

    iam.deleteUser("alice");
    assertTrue(f.account().user("alice").isEmpty());
    f.refused(() -> iam.deleteUser("alice"), "NoSuchEntity", 404, "The user with name alice cannot be found.");
  }

  @Test
  void tagsReplaceByKeyCaseInsensitivelyAndUntagRemoves() {
    iam.createUser("alice", null, null, List.of(new Tag("team", "eng"), new Tag("site", "lon")));
    iam.tagUser("alice", List.of(new Tag("Team", "ops"), new Tag("level", "3")));
    assertEquals(List.of(new Tag("level", "3"), new Tag("site", "lon"), new Tag("Team", "ops")),
        iam.listUserTags("alice", null, null).items());
    iam.untagUser("alice", List.of("SITE", "absent"));
    assertEquals(List.of(new Tag("level", "3"), new Tag("Team", "ops")), iam.listUserTags("alice", null, null).items());
    f.refused(() -> iam.tagUser("bob", List.of(new Tag("a", "b"))), "NoSuchEntity", 404, null);
    f.refused(() -> iam.untagUser("alice", null), "ValidationError", 400, null);
  }

  @Test
  void tagUserRefusesMoreThanTheQuota() {
    List<Tag> fifty = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      fifty.add(new Tag("k" + i, "v"));
    }
    iam.createUser("alice", null, null, fifty);
    iam.tagUser("alice", List.of(new Tag("K0", "replaced")));
    f.refused(() -> iam.tagUser("alice", List.of(new Tag("one-more", "v"))), "LimitExceeded", 409,
        "Cannot exceed quota for TagsPerUser: 50");
  }

  @Test
  void putsAndDeletesPermissionsBoundary() {
    iam.createUser("alice", null, null, null);
    IamPolicy boundary = iam.createPolicy("Boundary", null, allow("*", "*"), null);
    iam.putUserPermissionsBoundary("alice", boundary.arn());
    assertEquals(boundary.arn(), iam.getUser("alice").permissionsBoundary());
    User stored = f.account().user("alice").orElseThrow();
    assertEquals(boundary.arn(), stored.boundary().orElseThrow());
    f.refused(() -> iam.putUserPermissionsBoundary("alice", arn("policy/Nope")), "NoSuchEntity", 404,
        "Policy " + arn("policy/Nope") + " does not exist or is not attachable.");
    iam.deleteUserPermissionsBoundary("alice");
    assertNull(iam.getUser("alice").permissionsBoundary());
    assertFalse(f.account().user("alice").orElseThrow().boundary().isPresent());
  }

  private static List<String> names(IamPage<IamUser> page) {
    return page.items().stream().map(IamUser::userName).toList();
  }
}
