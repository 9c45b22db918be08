package io.gatehouse.iam;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.ManagedPolicy;
import io.gatehouse.identity.PolicyVersion;
import io.gatehouse.policy.PolicyDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM's managed policy operations: create, read, list, versions (at most five, one the default),
 * delete. AWS managed policies held in the account can be read, listed and attached, not changed.
 */
final class PolicyOperations {
  private static final List<String> SCOPES = List.of("All", "AWS", "Local");

  private final AdministeredAccount account;
  private final PolicyDocumentReader documents;

  PolicyOperations(AdministeredAccount account, PolicyDocumentReader documents) {
    this.account = account;
    this.documents = documents;
  }

  IamPolicy createPolicy(String policyName, String path, String policyDocument, String description) {
    String name = Constraints.name(policyName, "policyName", 128);
    String policyPath = Constraints.path(path, "path");
    PolicyDocument document = managedDocument(policyDocument, name);
    String text = Constraints.description(description, "description", 1000);
    int limit = account.quotas().policiesPerAccount();
    String arn = account.arn("policy" + policyPath + name);
    Account saved = account.change(a -> {
      long local = 0;
      for (ManagedPolicy p : a.policies().values()) {
        if (!p.isAwsManaged() && p.name().equalsIgnoreCase(name)) {
          throw IamException.entityAlreadyExists(
              "A policy called " + name + " already exists. Duplicate names are not allowed.");
        }
        local += p.isAwsManaged() ? 0 : 1;
      }
      if (local >= limit) {
        throw IamException.quota("PoliciesPerAccount", limit);
      }
      Instant now = account.now();
      ManagedPolicy p = new ManagedPolicy(name, policyPath, account.ids().newPolicyId(), arn, text,
          List.of(new PolicyVersion("v1", document, true, now)), now, now);
      return a.toBuilder().putPolicy(p).build();
    });
    return IamPolicy.of(Entities.policy(saved, arn), PolicyUsage.of(saved));
  }

  IamPolicy getPolicy(String policyArn) {
    String arn = Constraints.policyArn(policyArn, "policyArn");
    Account a = account.read();
    return IamPolicy.of(Entities.policy(a, arn), PolicyUsage.of(a));
  }

  IamPolicyVersion getPolicyVersion(String policyArn, String versionId) {
    String arn = Constraints.policyArn(policyArn, "policyArn");
    String id = Constraints.versionId(versionId);
    return IamPolicyVersion.of(version(Entities.policy(account.read(), arn), id));
  }

  IamPage<IamPolicy> listPolicies(String scope, Boolean onlyAttached, String pathPrefix, String marker,
      Integer maxItems) {
    String which = scope == null ? "All" : Constraints.oneOf(scope, "scope", SCOPES);
    String prefix = Constraints.pathPrefix(pathPrefix);
    Pagination page = Pagination.of(marker, maxItems);
    Account a = account.read();
    PolicyUsage usage = PolicyUsage.of(a);
    List<IamPolicy> policies = new ArrayList<>();
    for (ManagedPolicy p : a.policies().values()) {
      boolean inScope = which.equals("All") || p.isAwsManaged() == which.equals("AWS");
      if (!inScope || !p.path().startsWith(prefix)) {
        continue;
      }
      IamPolicy listed = IamPolicy.of(p, usage);
      if (Boolean.TRUE.equals(onlyAttached) && listed.attachmentCount() == 0) {
        continue;
      }
      policies.add(listed);
    }
    return page.page(policies, p -> Pagination.nameKey(p.policyName()) + '\u0000' + p.arn());
  }

  IamPage<IamPolicyVersion> listPolicyVersions(String policyArn, String marker, Integer maxItems) {
    String arn = Constraints.policyArn(policyArn, "policyArn");
    Pagination page = Pagination.of(marker, maxItems);
    List<IamPolicyVersion> versions = new ArrayList<>();
    for (PolicyVersion v : Entities.policy(account.read(), arn).versions()) {
      versions.add(IamPolicyVersion.of(v));
    }
    return page.page(versions, v -> String.format("%012d", versionNumber(v.versionId())) + v.versionId());
  }

  IamPolicyVersion createPolicyVersion(String policyArn, String policyDocument, Boolean setAsDefault) {
    String arn = Constraints.policyArn(policyArn, "policyArn");
    PolicyDocument document = managedDocument(policyDocument, arn.substring(arn.lastIndexOf('/') + 1));
    boolean makeDefault = Boolean.TRUE.equals(setAsDefault);
    String[] created = new String[1];
    Account saved = account.change(a -> {
      ManagedPolicy p = changeablePolicy(a, arn);
      if (p.versions().size() >= IamQuotas.VERSIONS_PER_POLICY) {
        throw IamException.limitExceeded("A managed policy can have up to " + IamQuotas.VERSIONS_PER_POLICY
            + " versions. Before you create a new version, you must delete an existing version.");
      }
      long next = 1;
      for (PolicyVersion v : p.versions()) {
        next = Math.max(next, versionNumber(v.versionId()) + 1);
      }
      Instant now = account.now();
      created[0] = "v" + next;
      List<PolicyVersion> versions = new ArrayList<>();
      for (PolicyVersion v : p.versions()) {
        versions.add(makeDefault ? new PolicyVersion(v.versionId(), v.document(), false, v.createDate()) : v);
      }
      versions.add(new PolicyVersion(created[0], document, makeDefault, now));
      return a.toBuilder().putPolicy(withVersions(p, versions, makeDefault ? now : p.updateDate())).build();
    });
    return IamPolicyVersion.of(version(Entities.policy(saved, arn), created[0]));
  }

  void setDefaultPolicyVersion(String policyArn, String versionId) {
    String arn = Constraints.policyArn(policyArn, "policyArn");
    String id = Constraints.versionId(versionId);
    account.change(a -> {
      ManagedPolicy p = changeablePolicy(a, arn);
      version(p, id);
      List<PolicyVersion> versions = new ArrayList<>();
      for (PolicyVersion v : p.versions()) {
        versions.add(new PolicyVersion(v.versionId(), v.document(), v.versionId().equals(id), v.createDate()));
      }
      return a.toBuilder().putPolicy(withVersions(p, versions, account.now())).build();
    });
  }

  void deletePolicyVersion(String policyArn, String versionId) {
    String arn = Constraints.policyArn(policyArn, "policyArn");
    String id = Constraints.versionId(versionId);
    account.change(a -> {
      ManagedPolicy p = changeablePolicy(a, arn);
      if (version(p, id).isDefault()) {
        throw IamException.deleteConflict("Cannot delete the default version of a policy.");
      }
      List<PolicyVersion> versions = new ArrayList<>(p.versions());
      versions.removeIf(v -> v.versionId().equals(id));
      return a.toBuilder().putPolicy(withVersions(p, versions, p.updateDate())).build();
    });
  }

  void deletePolicy(String policyArn) {
    String arn = Constraints.policyArn(policyArn, "policyArn");
    account.change(a -> {
      ManagedPolicy p = changeablePolicy(a, arn);
      PolicyUsage usage = PolicyUsage.of(a);
      if (usage.attachmentCount(arn) > 0 || usage.boundaryCount(arn) > 0) {
        throw IamException.deleteConflict("Cannot delete a policy attached to entities.");
      }
      if (p.versions().size() > 1) {
        throw IamException.deleteConflict("This policy has more than one version. Before you delete a policy, "
            + "you must delete the policy's versions. The default version is deleted with the policy.");
      }
      return a.toBuilder().removePolicy(arn).build();
    });
  }

  private PolicyDocument managedDocument(String text, String policyName) {
    PolicyDocument document = documents.identityPolicy(text, "policyDocument", policyName);
    int limit = account.quotas().policySize();
    if (PolicyJson.size(text) > limit) {
      throw IamException.quota("PolicySize", limit);
    }
    return document;
  }

  private static ManagedPolicy changeablePolicy(Account a, String arn) {
    ManagedPolicy p = Entities.policy(a, arn);
    if (p.isAwsManaged()) {
      throw IamException.accessDenied("Policy " + arn + " is an AWS managed policy and cannot be changed.");
    }
    return p;
  }

  private static PolicyVersion version(ManagedPolicy p, String versionId) {
    for (PolicyVersion v : p.versions()) {
      if (v.versionId().equals(versionId)) {
        return v;
      }
    }
    throw IamException.noSuchEntity(
        "Policy " + p.arn() + " version " + versionId + " does not exist or is not attachable.");
  }

  private static ManagedPolicy withVersions(ManagedPolicy p, List<PolicyVersion> versions, Instant updated) {
    return new ManagedPolicy(p.name(), p.path(), p.policyId(), p.arn(), p.description(), versions, p.createDate(),
        updated);
  }

  /** The number of {@code vN} or {@code vN.suffix}; 0 if the id has another shape. */
  private static long versionNumber(String versionId) {
    int end = 1;
    while (end < versionId.length() && Character.isDigit(versionId.charAt(end)) && end < 19) {
      end++;
    }
    return end == 1 || !versionId.startsWith("v") ? 0 : Long.parseLong(versionId.substring(1, end));
  }
}
