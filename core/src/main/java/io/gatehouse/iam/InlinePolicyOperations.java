package io.gatehouse.iam;

import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Inline policies of users, groups and roles: put (add or replace), get, list, delete. The inline
 * policies of one entity together may not exceed the entity's size quota (user 2048, group 5120,
 * role 10240 characters that are not whitespace): the new document is measured as submitted, the
 * ones already stored on their JSON form.
 */
final class InlinePolicyOperations {
  private final AdministeredAccount account;
  private final PolicyDocumentReader documents;

  InlinePolicyOperations(AdministeredAccount account, PolicyDocumentReader documents) {
    this.account = account;
    this.documents = documents;
  }

  void put(EntityKind kind, String entityName, String policyName, String policyDocument) {
    String name = kind.checkName(entityName);
    String policy = Constraints.name(policyName, "policyName", 128);
    PolicyDocument document = documents.identityPolicy(policyDocument, "policyDocument", policy);
    int newSize = PolicyJson.size(policyDocument);
    int limit = kind.inlineSizeQuota(account.quotas());
    account.change(a -> {
      EntityKind.Holder h = kind.find(a, name);
      int total = newSize;
      List<InlinePolicy> inline = new ArrayList<>();
      for (InlinePolicy p : h.inline()) {
        if (!p.name().equals(policy)) {
          inline.add(p);
          total += PolicyJson.size(p.document());
        }
      }
      if (total > limit) {
        throw IamException.limitExceeded(
            "Maximum policy size of " + limit + " bytes exceeded for " + kind.word() + " " + h.name());
      }
      inline.add(new InlinePolicy(policy, document));
      return kind.withPolicies(a, h.name(), h.attached(), inline);
    });
  }

  IamInlinePolicy get(EntityKind kind, String entityName, String policyName) {
    String name = kind.checkName(entityName);
    String policy = Constraints.name(policyName, "policyName", 128);
    EntityKind.Holder h = kind.find(account.read(), name);
    return new IamInlinePolicy(h.name(), policy, PolicyJson.write(find(kind, h, policy).document()));
  }

  IamPage<String> list(EntityKind kind, String entityName, String marker, Integer maxItems) {
    String name = kind.checkName(entityName);
    Pagination page = Pagination.of(marker, maxItems);
    List<String> names = new ArrayList<>();
    for (InlinePolicy p : kind.find(account.read(), name).inline()) {
      names.add(p.name());
    }
    return page.page(names, n -> n);
  }

  void delete(EntityKind kind, String entityName, String policyName) {
    String name = kind.checkName(entityName);
    String policy = Constraints.name(policyName, "policyName", 128);
    account.change(a -> {
      EntityKind.Holder h = kind.find(a, name);
      InlinePolicy found = find(kind, h, policy);
      List<InlinePolicy> inline = new ArrayList<>(h.inline());
      inline.remove(found);
      return kind.withPolicies(a, h.name(), h.attached(), inline);
    });
  }

  private static InlinePolicy find(EntityKind kind, EntityKind.Holder h, String policyName) {
    for (InlinePolicy p : h.inline()) {
      if (p.name().equals(policyName)) {
        return p;
      }
    }
    throw IamException.noSuchEntity("The " + kind.word() + " policy with name " + policyName + " cannot be found.");
  }
}
