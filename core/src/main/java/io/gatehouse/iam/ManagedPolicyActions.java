package io.gatehouse.iam;

import static io.gatehouse.iam.IamParameter.optional;
import static io.gatehouse.iam.IamParameter.required;
import static io.gatehouse.iam.ResponseElements.page;
import static io.gatehouse.iam.ResponseElements.result;

import io.gatehouse.iam.IamParameter.Type;

/** The managed policy actions: create, read, list, versions, delete. */
final class ManagedPolicyActions {
  private ManagedPolicyActions() {}

  static void addTo(ActionTable t) {
    t.withResult("CreatePolicy", "Creates a customer managed policy; its first version (v1) is the default.",
        (iam, r) -> result("Policy", ResponseElements.policy(iam.createPolicy(r.string("PolicyName"), r.string("Path"),
            r.string("PolicyDocument"), r.string("Description")), true)),
        required("PolicyName"), optional("Path"), required("PolicyDocument", Type.POLICY_DOCUMENT),
        optional("Description"));
    t.withResult("GetPolicy", "Describes a managed policy, with its default version and use counts.",
        (iam, r) -> result("Policy", ResponseElements.policy(iam.getPolicy(r.string("PolicyArn")), true)),
        required("PolicyArn"));
    t.withResult("GetPolicyVersion", "Returns one version of a managed policy, with its document.",
        (iam, r) -> result("PolicyVersion", ResponseElements.policyVersion(
            iam.getPolicyVersion(r.string("PolicyArn"), r.string("VersionId")), true)),
        required("PolicyArn"), required("VersionId"));
    t.withResult("ListPolicies", "Lists managed policies (Scope All, AWS or Local).",
        (iam, r) -> page("Policies", iam.listPolicies(r.string("Scope"), r.bool("OnlyAttached"), r.string("PathPrefix"),
            r.string("Marker"), r.integer("MaxItems")), ResponseElements::listedPolicy),
        optional("Scope"), optional("OnlyAttached", Type.BOOLEAN), optional("PathPrefix"), optional("Marker"),
        optional("MaxItems", Type.INTEGER));
    t.withResult("ListPolicyVersions", "Lists the versions of a managed policy, oldest first.",
        (iam, r) -> page("Versions", iam.listPolicyVersions(r.string("PolicyArn"), r.string("Marker"),
            r.integer("MaxItems")), ResponseElements::listedPolicyVersion),
        required("PolicyArn"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    t.withResult("CreatePolicyVersion", "Adds a version to a managed policy, optionally as the default.",
        (iam, r) -> result("PolicyVersion", ResponseElements.policyVersion(
            iam.createPolicyVersion(r.string("PolicyArn"), r.string("PolicyDocument"), r.bool("SetAsDefault")), false)),
        required("PolicyArn"), required("PolicyDocument", Type.POLICY_DOCUMENT),
        optional("SetAsDefault", Type.BOOLEAN));
    t.withoutResult("SetDefaultPolicyVersion", "Makes a version the managed policy's default.",
        (iam, r) -> iam.setDefaultPolicyVersion(r.string("PolicyArn"), r.string("VersionId")),
        required("PolicyArn"), required("VersionId"));
    t.withoutResult("DeletePolicyVersion", "Deletes a version of a managed policy that is not the default.",
        (iam, r) -> iam.deletePolicyVersion(r.string("PolicyArn"), r.string("VersionId")),
        required("PolicyArn"), required("VersionId"));
    t.withoutResult("DeletePolicy",
        "Deletes a managed policy that is not attached and has only its default version.",
        (iam, r) -> iam.deletePolicy(r.string("PolicyArn")),
        required("PolicyArn"));
  }
}
