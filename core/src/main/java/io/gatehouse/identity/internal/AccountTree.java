package io.gatehouse.identity.internal;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Group;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.ManagedPolicy;
import io.gatehouse.identity.PolicyVersion;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.Tag;
import io.gatehouse.identity.User;
import io.gatehouse.policy.internal.PolicyDocumentWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the plain-data form of an account file: AWS's {@code get-account-authorization-details}
 * sections for users, groups, roles and managed policies (with the counts AWS derives), then
 * Gatehouse's own sections ({@link CredentialTree} and {@link AccountExtrasTree}). Sections of ours
 * are left out when empty. Dates are written as ISO-8601 instants in UTC ({@code
 * 2024-01-01T00:00:00Z}). Every map and list is a fresh object, so YAML needs no aliases.
 */
final class AccountTree {
  private final PolicyDocumentWriter policies = new PolicyDocumentWriter();
  private final AccountExtrasTree extras;

  AccountTree(AccountExtrasTree extras) {
    this.extras = extras;
  }

  /** The account as plain data, in the order the file shows it. */
  Map<String, Object> of(Account account, SecretWriter secrets) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("AccountId", account.accountId());
    if (!account.alias().isEmpty()) {
      out.put("AccountAlias", account.alias());
    }
    out.put(UserSectionReader.SECTION, list(account.users(), u -> user(account, u)));
    out.put(GroupSectionReader.SECTION, list(account.groups(), g -> group(account, g)));
    out.put(RoleSectionReader.SECTION, list(account.roles(), r -> role(account, r)));
    out.put(
        PolicySectionReader.SECTION,
        list(account.policies().values(), p -> managedPolicy(account, p)));
    new CredentialTree(secrets).addTo(out, account);
    extras.addTo(out, account, secrets);
    return out;
  }

  private Map<String, Object> user(Account account, User u) {
    Map<String, Object> out =
        header("User", u.path(), u.name(), u.userId(), u.arn(), u.createDate());
    putIfAny(out, "UserPolicyList", inline(u.inlinePolicies()));
    out.put("GroupList", new ArrayList<Object>(u.groups()));
    out.put("AttachedManagedPolicies", attached(account, u.attachedPolicies()));
    putBoundary(out, u.permissionsBoundary());
    putIfAny(out, "Tags", tags(u.tags()));
    return out;
  }

  private Map<String, Object> group(Account account, Group g) {
    Map<String, Object> out =
        header("Group", g.path(), g.name(), g.groupId(), g.arn(), g.createDate());
    putIfAny(out, "GroupPolicyList", inline(g.inlinePolicies()));
    out.put("AttachedManagedPolicies", attached(account, g.attachedPolicies()));
    return out;
  }

  private Map<String, Object> role(Account account, Role r) {
    Map<String, Object> out =
        header("Role", r.path(), r.name(), r.roleId(), r.arn(), r.createDate());
    if (!r.description().isEmpty()) {
      out.put("Description", r.description());
    }
    out.put("MaxSessionDuration", r.maxSessionDuration().toSeconds());
    out.put("AssumeRolePolicyDocument", policies.toTree(r.trustPolicy()));
    putIfAny(out, "RolePolicyList", inline(r.inlinePolicies()));
    out.put("AttachedManagedPolicies", attached(account, r.attachedPolicies()));
    putBoundary(out, r.permissionsBoundary());
    putIfAny(out, "Tags", tags(r.tags()));
    return out;
  }

  private Map<String, Object> managedPolicy(Account account, ManagedPolicy p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("PolicyName", p.name());
    putIfSet(out, "PolicyId", p.policyId());
    out.put("Arn", p.arn());
    out.put("Path", p.path());
    out.put("DefaultVersionId", p.defaultVersion().versionId());
    out.put("AttachmentCount", attachments(account, p.arn()));
    out.put("PermissionsBoundaryUsageCount", boundaryUses(account, p.arn()));
    out.put("IsAttachable", true);
    if (!p.description().isEmpty()) {
      out.put("Description", p.description());
    }
    putIfSet(out, "CreateDate", date(p.createDate()));
    putIfSet(out, "UpdateDate", date(p.updateDate()));
    List<Object> versions = new ArrayList<>();
    for (PolicyVersion v : p.versions()) {
      Map<String, Object> version = new LinkedHashMap<>();
      version.put("Document", policies.toTree(v.document()));
      version.put("VersionId", v.versionId());
      version.put("IsDefaultVersion", v.isDefault());
      version.put("CreateDate", date(v.createDate()));
      versions.add(version);
    }
    out.put("PolicyVersionList", versions);
    return out;
  }

  private static Map<String, Object> header(
      String kind, String path, String name, String id, String arn, Instant created) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Path", path);
    out.put(kind + "Name", name);
    out.put(kind + "Id", id);
    out.put("Arn", arn);
    out.put("CreateDate", date(created));
    return out;
  }

  private List<Object> inline(List<InlinePolicy> inline) {
    return list(
        inline,
        p -> {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("PolicyName", p.name());
          out.put("PolicyDocument", policies.toTree(p.document()));
          return out;
        });
  }

  private static List<Object> attached(Account account, List<String> arns) {
    return list(
        arns,
        arn -> {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put(
              "PolicyName",
              account.policy(arn).map(ManagedPolicy::name).orElse(NameRules.lastSegment(arn)));
          out.put("PolicyArn", arn);
          return out;
        });
  }

  private static void putBoundary(Map<String, Object> out, String arn) {
    if (arn != null) {
      Map<String, Object> boundary = new LinkedHashMap<>();
      boundary.put("PermissionsBoundaryType", "Policy");
      boundary.put("PermissionsBoundaryArn", arn);
      out.put("PermissionsBoundary", boundary);
    }
  }

  private static List<Object> tags(List<Tag> tags) {
    return list(
        tags,
        t -> {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("Key", t.key());
          out.put("Value", t.value());
          return out;
        });
  }

  private static long attachments(Account account, String arn) {
    long n = 0;
    for (User u : account.users()) {
      n += u.attachedPolicies().contains(arn) ? 1 : 0;
    }
    for (Group g : account.groups()) {
      n += g.attachedPolicies().contains(arn) ? 1 : 0;
    }
    for (Role r : account.roles()) {
      n += r.attachedPolicies().contains(arn) ? 1 : 0;
    }
    return n;
  }

  private static long boundaryUses(Account account, String arn) {
    long n = 0;
    for (User u : account.users()) {
      n += arn.equals(u.permissionsBoundary()) ? 1 : 0;
    }
    for (Role r : account.roles()) {
      n += arn.equals(r.permissionsBoundary()) ? 1 : 0;
    }
    return n;
  }

  /** An instant as the file writes it, or null. */
  static String date(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  /** A fresh list of the items, each mapped. */
  static <T> List<Object> list(Iterable<T> items, Function<T, Object> map) {
    List<Object> out = new ArrayList<>();
    for (T item : items) {
      out.add(map.apply(item));
    }
    return out;
  }

  static void putIfAny(Map<String, Object> out, String key, List<Object> values) {
    if (!values.isEmpty()) {
      out.put(key, values);
    }
  }

  static void putIfSet(Map<String, Object> out, String key, Object value) {
    if (value != null) {
      out.put(key, value);
    }
  }
}
