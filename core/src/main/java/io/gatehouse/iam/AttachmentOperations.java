package io.gatehouse.iam;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.ManagedPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Attaching managed policies to users, groups and roles, detaching them and listing them. Attaching
 * a policy that is already attached changes nothing, as in AWS.
 */
final class AttachmentOperations {
  private final AdministeredAccount account;

  AttachmentOperations(AdministeredAccount account) {
    this.account = account;
  }

  void attach(EntityKind kind, String entityName, String policyArn) {
    String name = kind.checkName(entityName);
    String arn = Constraints.policyArn(policyArn, "policyArn");
    int limit = account.quotas().attachedPoliciesPerEntity();
    account.change(a -> {
      EntityKind.Holder h = kind.find(a, name);
      Entities.attachablePolicy(a, arn);
      if (h.attached().contains(arn)) {
        return a;
      }
      if (h.attached().size() >= limit) {
        throw IamException.quota(kind.attachQuotaName(), limit);
      }
      List<String> attached = new ArrayList<>(h.attached());
      attached.add(arn);
      return kind.withPolicies(a, h.name(), attached, h.inline());
    });
  }

  void detach(EntityKind kind, String entityName, String policyArn) {
    String name = kind.checkName(entityName);
    String arn = Constraints.policyArn(policyArn, "policyArn");
    account.change(a -> {
      EntityKind.Holder h = kind.find(a, name);
      if (!h.attached().contains(arn)) {
        throw IamException.noSuchEntity("Policy " + arn + " was not found.");
      }
      List<String> attached = new ArrayList<>(h.attached());
      attached.remove(arn);
      return kind.withPolicies(a, h.name(), attached, h.inline());
    });
  }

  IamPage<AttachedPolicy> list(EntityKind kind, String entityName, String pathPrefix, String marker,
      Integer maxItems) {
    String name = kind.checkName(entityName);
    String prefix = Constraints.pathPrefix(pathPrefix);
    Pagination page = Pagination.of(marker, maxItems);
    Account a = account.read();
    List<AttachedPolicy> out = new ArrayList<>();
    for (String arn : kind.find(a, name).attached()) {
      ManagedPolicy p = Entities.policy(a, arn);
      if (p.path().startsWith(prefix)) {
        out.add(new AttachedPolicy(p.name(), p.arn()));
      }
    }
    return page.page(out, p -> Pagination.nameKey(p.policyName()) + '\u0000' + p.policyArn());
  }
}
