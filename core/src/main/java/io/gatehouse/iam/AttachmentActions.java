package io.gatehouse.iam;

import static io.gatehouse.iam.IamParameter.optional;
import static io.gatehouse.iam.IamParameter.required;
import static io.gatehouse.iam.ResponseElements.page;

import io.gatehouse.iam.IamParameter.Type;

/** Attaching managed policies to users, groups and roles, detaching them and listing them. */
final class AttachmentActions {
  private AttachmentActions() {}

  static void addTo(ActionTable t) {
    for (EntityKind kind : EntityKind.values()) {
      String entity = capitalized(kind.word());
      String nameParam = entity + "Name";
      t.withoutResult("Attach" + entity + "Policy", "Attaches a managed policy to a " + kind.word() + ".",
          (iam, r) -> attach(iam, kind, r.string(nameParam), r.string("PolicyArn")),
          required(nameParam), required("PolicyArn"));
      t.withoutResult("Detach" + entity + "Policy", "Detaches a managed policy from a " + kind.word() + ".",
          (iam, r) -> detach(iam, kind, r.string(nameParam), r.string("PolicyArn")),
          required(nameParam), required("PolicyArn"));
      t.withResult("ListAttached" + entity + "Policies", "Lists the managed policies attached to a " + kind.word()
              + ".",
          (iam, r) -> page("AttachedPolicies", list(iam, kind, r.string(nameParam), r.string("PathPrefix"),
              r.string("Marker"), r.integer("MaxItems")), ResponseElements::attachedPolicy),
          required(nameParam), optional("PathPrefix"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    }
  }

  /** {@code User} for {@code user}: the word as it appears in action and parameter names. */
  static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static void attach(IamService iam, EntityKind kind, String name, String policyArn) {
    switch (kind) {
      case USER -> iam.attachUserPolicy(name, policyArn);
      case GROUP -> iam.attachGroupPolicy(name, policyArn);
      case ROLE -> iam.attachRolePolicy(name, policyArn);
    }
  }

  private static void detach(IamService iam, EntityKind kind, String name, String policyArn) {
    switch (kind) {
      case USER -> iam.detachUserPolicy(name, policyArn);
      case GROUP -> iam.detachGroupPolicy(name, policyArn);
      case ROLE -> iam.detachRolePolicy(name, policyArn);
    }
  }

  private static IamPage<AttachedPolicy> list(IamService iam, EntityKind kind, String name, String pathPrefix,
      String marker, Integer maxItems) {
    return switch (kind) {
      case USER -> iam.listAttachedUserPolicies(name, pathPrefix, marker, maxItems);
      case GROUP -> iam.listAttachedGroupPolicies(name, pathPrefix, marker, maxItems);
      case ROLE -> iam.listAttachedRolePolicies(name, pathPrefix, marker, maxItems);
    };
  }
}
