package io.gatehouse.iam;

import static io.gatehouse.iam.ActionFixture.keys;
import static io.gatehouse.iam.ActionFixture.list;
import static io.gatehouse.iam.ActionFixture.map;
import static io.gatehouse.iam.IamFixture.arn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupActionsTest {
  private final ActionFixture a = new ActionFixture();

  @Test
  void createsAGroupAndShowsItWithItsMembers() {
    Map<String, Object> created = a.call("CreateGroup", "GroupName", "staff", "Path", "/teams/");
    assertEquals(List.of("Path", "GroupName", "GroupId", "Arn", "CreateDate"), keys(created.get("Group")));
    assertEquals(arn("group/teams/staff"), map(created.get("Group")).get("Arn"));
    a.call("CreateUser", "UserName", "alice");
    a.call("CreateUser", "UserName", "bob");
    assertEquals(Map.of(), a.call("AddUserToGroup", "GroupName", "staff", "UserName", "alice"));
    a.call("AddUserToGroup", "GroupName", "staff", "UserName", "bob");

    Map<String, Object> group = a.call("GetGroup", "GroupName", "staff", "MaxItems", "1");
    assertEquals(List.of("Group", "Users", "IsTruncated", "Marker"), keys(group));
    assertEquals("alice", map(list(group.get("Users")).get(0)).get("UserName"));
    Map<String, Object> rest = a.call("GetGroup", "GroupName", "staff", "Marker", (String) group.get("Marker"));
    assertEquals(List.of("Group", "Users", "IsTruncated"), keys(rest));
    assertEquals("bob", map(list(rest.get("Users")).get(0)).get("UserName"));

    Map<String, Object> groups = a.call("ListGroupsForUser", "UserName", "alice");
    assertEquals(List.of("Groups", "IsTruncated"), keys(groups));
    assertEquals("staff", map(list(groups.get("Groups")).get(0)).get("GroupName"));
    assertEquals(1, list(a.call("ListGroups", "PathPrefix", "/teams/").get("Groups")).size());
    assertEquals(0, list(a.call("ListGroups", "PathPrefix", "/other/").get("Groups")).size());
  }

  @Test
  void removesMembersAndDeletes() {
    a.call("CreateGroup", "GroupName", "staff");
    a.call("CreateUser", "UserName", "alice");
    a.call("AddUserToGroup", "GroupName", "staff", "UserName", "alice");
    a.refused("DeleteConflict", null, "DeleteGroup", "GroupName", "staff");
    a.call("RemoveUserFromGroup", "GroupName", "staff", "UserName", "alice");
    a.call("DeleteGroup", "GroupName", "staff");
    a.refused("NoSuchEntity", null, "GetGroup", "GroupName", "staff");
    a.refused("ValidationError", "1 validation error detected: Value null at 'groupName' failed to satisfy "
        + "constraint: Member must not be null", "AddUserToGroup", "UserName", "alice");
  }
}
