package io.gatehouse.iam;

import static io.gatehouse.iam.IamParameter.optional;
import static io.gatehouse.iam.IamParameter.required;
import static io.gatehouse.iam.ResponseElements.page;
import static io.gatehouse.iam.ResponseElements.result;

import io.gatehouse.iam.IamParameter.Type;
import java.util.Map;

/** The group actions: create, read with members, list, membership, delete. */
final class GroupActions {
  private GroupActions() {}

  static void addTo(ActionTable t) {
    t.withResult("CreateGroup", "Creates an IAM group.",
        (iam, r) -> result("Group", ResponseElements.group(iam.createGroup(r.string("GroupName"), r.string("Path")))),
        optional("Path"), required("GroupName"));
    t.withResult("GetGroup", "Describes an IAM group and lists its users.",
        (iam, r) -> {
          IamGroupMembers members = iam.getGroup(r.string("GroupName"), r.string("Marker"), r.integer("MaxItems"));
          Map<String, Object> out = result("Group", ResponseElements.group(members.group()));
          out.put("Users", ResponseElements.list(members.users().items(), ResponseElements::listedUser));
          ResponseElements.pageEnd(out, members.users());
          return out;
        },
        required("GroupName"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    t.withResult("ListGroups", "Lists the IAM groups whose path starts with the prefix.",
        (iam, r) -> page("Groups",
            iam.listGroups(r.string("PathPrefix"), r.string("Marker"), r.integer("MaxItems")), ResponseElements::group),
        optional("PathPrefix"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    t.withoutResult("AddUserToGroup", "Adds a user to a group.",
        (iam, r) -> iam.addUserToGroup(r.string("GroupName"), r.string("UserName")),
        required("GroupName"), required("UserName"));
    t.withoutResult("RemoveUserFromGroup", "Removes a user from a group.",
        (iam, r) -> iam.removeUserFromGroup(r.string("GroupName"), r.string("UserName")),
        required("GroupName"), required("UserName"));
    t.withResult("ListGroupsForUser", "Lists the groups a user belongs to.",
        (iam, r) -> page("Groups",
            iam.listGroupsForUser(r.string("UserName"), r.string("Marker"), r.integer("MaxItems")),
            ResponseElements::group),
        required("UserName"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    t.withoutResult("DeleteGroup", "Deletes an IAM group that has no members or policies left.",
        (iam, r) -> iam.deleteGroup(r.string("GroupName")),
        required("GroupName"));
  }
}
