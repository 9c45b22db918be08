package io.gatehouse.iam;

import static io.gatehouse.iam.IamParameter.optional;
import static io.gatehouse.iam.IamParameter.required;
import static io.gatehouse.iam.ResponseElements.page;
import static io.gatehouse.iam.ResponseElements.result;

import io.gatehouse.iam.IamParameter.Type;

/** The user actions: create, read, list, rename, delete, tags and permissions boundary. */
final class UserActions {
  private UserActions() {}

  static void addTo(ActionTable t) {
    t.withResult("CreateUser", "Creates an IAM user.",
        (iam, r) -> result("User", ResponseElements.user(iam.createUser(r.string("UserName"), r.string("Path"),
            r.string("PermissionsBoundary"), r.tags("Tags")), true)),
        optional("Path"), required("UserName"), optional("PermissionsBoundary"), optional("Tags", Type.TAG_LIST));
    t.withResult("GetUser", "Describes an IAM user, with its permissions boundary and tags.",
        (iam, r) -> result("User", ResponseElements.user(iam.getUser(r.string("UserName")), true)),
        required("UserName"));
    t.withResult("ListUsers", "Lists the IAM users whose path starts with the prefix.",
        (iam, r) -> page("Users", iam.listUsers(r.string("PathPrefix"), r.string("Marker"), r.integer("MaxItems")),
            ResponseElements::listedUser),
        optional("PathPrefix"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    t.withoutResult("UpdateUser", "Renames an IAM user and/or changes its path.",
        (iam, r) -> iam.updateUser(r.string("UserName"), r.string("NewUserName"), r.string("NewPath")),
        required("UserName"), optional("NewPath"), optional("NewUserName"));
    t.withoutResult("DeleteUser", "Deletes an IAM user that has no credentials, policies or groups left.",
        (iam, r) -> iam.deleteUser(r.string("UserName")),
        required("UserName"));
    t.withoutResult("TagUser", "Adds tags to an IAM user, replacing those with the same keys.",
        (iam, r) -> iam.tagUser(r.string("UserName"), r.tags("Tags")),
        required("UserName"), required("Tags", Type.TAG_LIST));
    t.withoutResult("UntagUser", "Removes tags from an IAM user.",
        (iam, r) -> iam.untagUser(r.string("UserName"), r.list("TagKeys")),
        required("UserName"), required("TagKeys", Type.STRING_LIST));
    t.withResult("ListUserTags", "Lists the tags of an IAM user.",
        (iam, r) -> page("Tags", iam.listUserTags(r.string("UserName"), r.string("Marker"), r.integer("MaxItems")),
            ResponseElements::tag),
        required("UserName"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    t.withoutResult("PutUserPermissionsBoundary", "Sets a managed policy as the user's permissions boundary.",
        (iam, r) -> iam.putUserPermissionsBoundary(r.string("UserName"), r.string("PermissionsBoundary")),
        required("UserName"), required("PermissionsBoundary"));
    t.withoutResult("DeleteUserPermissionsBoundary", "Removes the user's permissions boundary.",
        (iam, r) -> iam.deleteUserPermissionsBoundary(r.string("UserName")),
        required("UserName"));
  }
}
