package io.gatehouse.iam;

import static io.gatehouse.iam.ActionFixture.keys;
import static io.gatehouse.iam.ActionFixture.list;
import static io.gatehouse.iam.ActionFixture.map;
import static io.gatehouse.iam.IamFixture.T0;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserActionsTest {
  private final ActionFixture a = new ActionFixture();

  private String boundaryArn() {
    return (String) map(a.call("CreatePolicy", "PolicyName", "Boundary", "PolicyDocument", allow("s3:*", "*"))
        .get("Policy")).get("Arn");
  }

  @Test
  void createUserReturnsTheUserElementInAwsOrder() {
    String boundary = boundaryArn();
    Map<String, Object> r = a.call("CreateUser", "UserName", "alice", "Path", "/staff/",
        "PermissionsBoundary", boundary, "Tags.member.1.Key", "team", "Tags.member.1.Value", "blue");
    assertEquals(List.of("User"), keys(r));
    Map<String, Object> user = map(r.get("User"));
    assertEquals(List.of("Path", "UserName", "UserId", "Arn", "CreateDate", "PermissionsBoundary", "Tags"),
        keys(user));
    assertEquals("/staff/", user.get("Path"));
    assertEquals(arn("user/staff/alice"), user.get("Arn"));
    assertEquals(T0, user.get("CreateDate"));
    assertEquals(Map.of("PermissionsBoundaryType", "PermissionsBoundaryPolicy", "PermissionsBoundaryArn", boundary),
        user.get("PermissionsBoundary"));
    assertEquals(List.of(Map.of("Key", "team", "Value", "blue")), user.get("Tags"));
    assertEquals(List.of("Key", "Value"), keys(list(user.get("Tags")).get(0)));
  }

  @Test
  void getUserLeavesOutAbsentBoundaryAndTags() {
    a.call("CreateUser", "UserName", "alice");
    assertEquals(List.of("Path", "UserName", "UserId", "Arn", "CreateDate"),
        keys(a.call("GetUser", "UserName", "ALICE").get("User")));
    a.refused("NoSuchEntity", "The user with name bob cannot be found.", "GetUser", "UserName", "bob");
    a.refused("EntityAlreadyExists", "User with name Alice already exists.", "CreateUser", "UserName", "Alice");
  }

  @Test
  void listUsersPagesWithIsTruncatedAndAMarkerOnlyWhenTruncated() {
    for (String name : List.of("carol", "alice", "bob")) {
      a.call("CreateUser", "UserName", name, "Tags.member.1.Key", "k", "Tags.member.1.Value", "v");
    }
    Map<String, Object> first = a.call("ListUsers", "MaxItems", "2");
    assertEquals(List.of("Users", "IsTruncated", "Marker"), keys(first));
    assertEquals(true, first.get("IsTruncated"));
    assertEquals(List.of("alice", "bob"), list(first.get("Users")).stream().map(u -> map(u).get("UserName")).toList());
    assertEquals(List.of("Path", "UserName", "UserId", "Arn", "CreateDate"), keys(list(first.get("Users")).get(0)),
        "ListUsers leaves out tags, as AWS does");
    Map<String, Object> rest = a.call("ListUsers", "MaxItems", "2", "Marker", (String) first.get("Marker"));
    assertEquals(List.of("Users", "IsTruncated"), keys(rest));
    assertEquals(false, rest.get("IsTruncated"));
    assertEquals(1, list(rest.get("Users")).size());
    a.refused("ValidationError", "1 validation error detected: Value '0' at 'maxItems' failed to satisfy "
        + "constraint: Member must have value greater than or equal to 1", "ListUsers", "MaxItems", "0");
    a.refused("ValidationError", null, "ListUsers", "MaxItems", "ten");
  }

  @Test
  void tagsUntagsAndListsTags() {
    a.call("CreateUser", "UserName", "alice");
    a.call("TagUser", "UserName", "alice", "Tags.member.1.Key", "team", "Tags.member.1.Value", "blue",
        "Tags.member.2.Key", "env", "Tags.member.2.Value", "prod");
    assertEquals(Map.of("Tags", List.of(Map.of("Key", "env", "Value", "prod"), Map.of("Key", "team", "Value", "blue")),
        "IsTruncated", false), a.call("ListUserTags", "UserName", "alice"));
    a.call("UntagUser", "UserName", "alice", "TagKeys.member.1", "team");
    assertEquals(List.of(Map.of("Key", "env", "Value", "prod")),
        a.call("ListUserTags", "UserName", "alice").get("Tags"));
    a.refused("ValidationError", "1 validation error detected: Value null at 'tagKeys' failed to satisfy "
        + "constraint: Member must not be null", "UntagUser", "UserName", "alice");
  }

  @Test
  void renamesSetsAndRemovesTheBoundaryAndDeletes() {
    String boundary = boundaryArn();
    a.call("CreateUser", "UserName", "alice");
    assertEquals(Map.of(), a.call("UpdateUser", "UserName", "alice", "NewUserName", "alicia", "NewPath", "/x/"));
    assertEquals(arn("user/x/alicia"), map(a.call("GetUser", "UserName", "alicia").get("User")).get("Arn"));
    a.call("PutUserPermissionsBoundary", "UserName", "alicia", "PermissionsBoundary", boundary);
    assertEquals(boundary, map(map(a.call("GetUser", "UserName", "alicia").get("User")).get("PermissionsBoundary"))
        .get("PermissionsBoundaryArn"));
    a.call("DeleteUserPermissionsBoundary", "UserName", "alicia");
    assertFalse(map(a.call("GetUser", "UserName", "alicia").get("User")).containsKey("PermissionsBoundary"));
    a.call("DeleteUser", "UserName", "alicia");
    a.refused("NoSuchEntity", null, "GetUser", "UserName", "alicia");
  }
}
