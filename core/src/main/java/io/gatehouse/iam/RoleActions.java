package io.gatehouse.iam;

import static io.gatehouse.iam.IamParameter.optional;
import static io.gatehouse.iam.IamParameter.required;
import static io.gatehouse.iam.ResponseElements.page;
import static io.gatehouse.iam.ResponseElements.result;

import io.gatehouse.iam.IamParameter.Type;

/** The role actions: create, read, list, update, trust policy, delete, tags and permissions boundary. */
final class RoleActions {
  private RoleActions() {}

  static void addTo(ActionTable t) {
    t.withResult("CreateRole", "Creates an IAM role with a trust policy.",
        (iam, r) -> result("Role", ResponseElements.role(iam.createRole(r.string("RoleName"), r.string("Path"),
            r.string("AssumeRolePolicyDocument"), r.string("Description"), r.integer("MaxSessionDuration"),
            r.string("PermissionsBoundary"), r.tags("Tags")), true)),
        optional("Path"), required("RoleName"), required("AssumeRolePolicyDocument", Type.POLICY_DOCUMENT),
        optional("Description"), optional("MaxSessionDuration", Type.INTEGER), optional("PermissionsBoundary"),
        optional("Tags", Type.TAG_LIST));
    t.withResult("GetRole", "Describes an IAM role, with its trust policy, permissions boundary and tags.",
        (iam, r) -> result("Role", ResponseElements.role(iam.getRole(r.string("RoleName")), true)),
        required("RoleName"));
    t.withResult("ListRoles", "Lists the IAM roles whose path starts with the prefix.",
        (iam, r) -> page("Roles", iam.listRoles(r.string("PathPrefix"), r.string("Marker"), r.integer("MaxItems")),
            ResponseElements::listedRole),
        optional("PathPrefix"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    t.withoutResult("UpdateRole", "Changes a role's description and/or maximum session duration.",
        (iam, r) -> iam.updateRole(r.string("RoleName"), r.string("Description"), r.integer("MaxSessionDuration")),
        required("RoleName"), optional("Description"), optional("MaxSessionDuration", Type.INTEGER));
    t.withoutResult("UpdateAssumeRolePolicy", "Replaces a role's trust policy.",
        (iam, r) -> iam.updateAssumeRolePolicy(r.string("RoleName"), r.string("PolicyDocument")),
        required("RoleName"), required("PolicyDocument", Type.POLICY_DOCUMENT));
    t.withoutResult("DeleteRole", "Deletes an IAM role that has no policies left.",
        (iam, r) -> iam.deleteRole(r.string("RoleName")),
        required("RoleName"));
    t.withoutResult("TagRole", "Adds tags to an IAM role, replacing those with the same keys.",
        (iam, r) -> iam.tagRole(r.string("RoleName"), r.tags("Tags")),
        required("RoleName"), required("Tags", Type.TAG_LIST));
    t.withoutResult("UntagRole", "Removes tags from an IAM role.",
        (iam, r) -> iam.untagRole(r.string("RoleName"), r.list("TagKeys")),
        required("RoleName"), required("TagKeys", Type.STRING_LIST));
    t.withResult("ListRoleTags", "Lists the tags of an IAM role.",
        (iam, r) -> page("Tags", iam.listRoleTags(r.string("RoleName"), r.string("Marker"), r.integer("MaxItems")),
            ResponseElements::tag),
        required("RoleName"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    t.withoutResult("PutRolePermissionsBoundary", "Sets a managed policy as the role's permissions boundary.",
        (iam, r) -> iam.putRolePermissionsBoundary(r.string("RoleName"), r.string("PermissionsBoundary")),
        required("RoleName"), required("PermissionsBoundary"));
    t.withoutResult("DeleteRolePermissionsBoundary", "Removes the role's permissions boundary.",
        (iam, r) -> iam.deleteRolePermissionsBoundary(r.string("RoleName")),
        required("RoleName"));
  }
}
