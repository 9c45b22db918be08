package io.gatehouse.iam;

import static io.gatehouse.iam.IamParameter.optional;
import static io.gatehouse.iam.IamParameter.required;
import static io.gatehouse.iam.ResponseElements.page;

import io.gatehouse.iam.IamParameter.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** The inline policies of users, groups and roles: put, get, list, delete. */
final class InlinePolicyActions {
  private InlinePolicyActions() {}

  static void addTo(ActionTable t) {
    for (EntityKind kind : EntityKind.values()) {
      String entity = AttachmentActions.capitalized(kind.word());
      String nameParam = entity + "Name";
      t.withoutResult("Put" + entity + "Policy", "Adds or replaces an inline policy of a " + kind.word() + ".",
          (iam, r) -> put(iam, kind, r.string(nameParam), r.string("PolicyName"), r.string("PolicyDocument")),
          required(nameParam), required("PolicyName"), required("PolicyDocument", Type.POLICY_DOCUMENT));
      t.withResult("Get" + entity + "Policy", "Returns an inline policy of a " + kind.word() + ".",
          (iam, r) -> element(nameParam, get(iam, kind, r.string(nameParam), r.string("PolicyName"))),
          required(nameParam), required("PolicyName"));
      t.withResult("List" + entity + "Policies", "Lists the names of a " + kind.word() + "'s inline policies.",
          (iam, r) -> page("PolicyNames",
              list(iam, kind, r.string(nameParam), r.string("Marker"), r.integer("MaxItems")), name -> name),
          required(nameParam), optional("Marker"), optional("MaxItems", Type.INTEGER));
      t.withoutResult("Delete" + entity + "Policy", "Deletes an inline policy of a " + kind.word() + ".",
          (iam, r) -> delete(iam, kind, r.string(nameParam), r.string("PolicyName")),
          required(nameParam), required("PolicyName"));
    }
  }

  /** {@code GetUserPolicy}'s result: {@code UserName}, {@code PolicyName}, {@code PolicyDocument}. */
  private static Map<String, Object> element(String nameParam, IamInlinePolicy p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(nameParam, p.entityName());
    out.put("PolicyName", p.policyName());
    out.put("PolicyDocument", UrlEncodedPolicy.encode(p.policyDocument()));
    return out;
  }

  private static void put(IamService iam, EntityKind kind, String name, String policyName, String document) {
    switch (kind) {
      case USER -> iam.putUserPolicy(name, policyName, document);
      case GROUP -> iam.putGroupPolicy(name, policyName, document);
      case ROLE -> iam.putRolePolicy(name, policyName, document);
    }
  }

  private static IamInlinePolicy get(IamService iam, EntityKind kind, String name, String policyName) {
    return switch (kind) {
      case USER -> iam.getUserPolicy(name, policyName);
      case GROUP -> iam.getGroupPolicy(name, policyName);
      case ROLE -> iam.getRolePolicy(name, policyName);
    };
  }

  private static IamPage<String> list(IamService iam, EntityKind kind, String name, String marker, Integer maxItems) {
    return switch (kind) {
      case USER -> iam.listUserPolicies(name, marker, maxItems);
      case GROUP -> iam.listGroupPolicies(name, marker, maxItems);
      case ROLE -> iam.listRolePolicies(name, marker, maxItems);
    };
  }

  private static void delete(IamService iam, EntityKind kind, String name, String policyName) {
    switch (kind) {
      case USER -> iam.deleteUserPolicy(name, policyName);
      case GROUP -> iam.deleteGroupPolicy(name, policyName);
      case ROLE -> iam.deleteRolePolicy(name, policyName);
    }
  }
}
