package io.gatehouse.iam;

import static io.gatehouse.iam.IamFixture.T0;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static io.gatehouse.iam.IamFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.AccessKeyGenerator;
import io.gatehouse.identity.ManagedPolicy;
import io.gatehouse.identity.PolicyVersion;
import io.gatehouse.policy.PolicyParser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyOperationsTest {
  private static final String AWS_READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

  private final IamFixture f = new IamFixture();
  private final IamService iam = f.iam;

  @Test
  void createsPolicyWithDefaultVersionOne() {
    IamPolicy p = iam.createPolicy("ReadBuckets", "/storage/", allow("s3:Get*", "*"), "Reads buckets");
    assertEquals("ReadBuckets", p.policyName());
    assertTrue(AccessKeyGenerator.isPolicyId(p.policyId()), p.policyId());
    assertEquals(arn("policy/storage/ReadBuckets"), p.arn());
    assertEquals("/storage/", p.path());
    assertEquals("v1", p.defaultVersionId());
    assertEquals(0, p.attachmentCount());
    assertEquals(0, p.permissionsBoundaryUsageCount());
    assertTrue(p.isAttachable());
    assertEquals("Reads buckets", p.description());
    assertEquals(T0, p.createDate());
    assertEquals(T0, p.updateDate());
    assertEquals(p, iam.getPolicy(p.arn()));
    IamPolicyVersion v1 = iam.getPolicyVersion(p.arn(), "v1");
    assertEquals(new IamPolicyVersion(allow("s3:Get*", "*"), "v1", true, T0), v1);
    assertEquals("ReadBuckets", f.account().policy(p.arn()).orElseThrow().defaultVersion().document().name());
  }

  @Test
  void refusesDuplicateNamesOnAnyPath() {
    iam.createPolicy("Read", null, allow("s3:Get*", "*"), null);
    f.refused(() -> iam.createPolicy("READ", "/other/", allow("s3:Get*", "*"), null), "EntityAlreadyExists", 409,
        "A policy called READ already exists. Duplicate names are not allowed.");
  }

  @Test
  void refusesIdentityPoliciesIamRefuses() {
    f.refused(() -> iam.createPolicy("P", null, trust(arn("root")), null), "MalformedPolicyDocument", 400,
        "Has prohibited field Principal");
    String notPrincipal = trust(arn("root")).replace("\"Principal\"", "\"NotPrincipal\"")
        .replace("\"Action\":\"sts:AssumeRole\"", "\"Action\":\"s3:*\",\"Resource\":\"*\"");
    f.refused(() -> iam.createPolicy("P", null, notPrincipal, null), "MalformedPolicyDocument", 400,
        "Has prohibited field NotPrincipal");
    String noResource = allow("s3:*", "*").replace(",\"Resource\":\"*\"", "");
    f.refused(() -> iam.createPolicy("P", null, noResource, null), "MalformedPolicyDocument", 400,
        "Policy statement must contain resources.");
    IamException located = f.refused(() -> iam.createPolicy("P", null, allow("s3:*", "*").replace("Allow", "Alow"),
        null), "MalformedPolicyDocument", 400, null);
    assertTrue(located.getMessage().startsWith("PolicyDocument:1:"), located.getMessage());
    assertTrue(located.getMessage().contains("Statement[0].Effect"), located.getMessage());
  }

  @Test
  void measuresPolicySizeWithoutWhitespace() {
    String resources = "\"arn:aws:s3:::" + "r".repeat(6000) + "\"";
    String big = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":" + resources + "}]}";
    assertTrue(PolicyJson.size(big) > 6000 && PolicyJson.size(big) <= 6144, "size " + PolicyJson.size(big));
    String spaced = big.replace(",", " ,\n\t   ").replace("{", "{   ");
    iam.createPolicy("Spaced", null, spaced, null);
    String tooBig = big.replace("\"s3:*\"", "[\"s3:GetObject\",\"s3:PutObject\",\"s3:DeleteObject\","
        + "\"s3:ListBucket\",\"s3:GetBucketPolicy\",\"s3:PutBucketPolicy\",\"s3:GetObjectAcl\"]");
    assertTrue(PolicyJson.size(tooBig) > 6144);
    f.refused(() -> iam.createPolicy("TooBig", null, tooBig, null), "LimitExceeded", 409,
        "Cannot exceed quota for PolicySize: 6144");
  }

  @Test
  void refusesPoliciesBeyondTheAccountQuota() {
    IamFixture small = new IamFixture(IamQuotas.defaults().withEntitiesPerAccount(5000, 300, 1000, 1));
    small.iam.createPolicy("One", null, allow("s3:*", "*"), null);
    small.refused(() -> small.iam.createPolicy("Two", null, allow("s3:*", "*"), null), "LimitExceeded", 409,
        "Cannot exceed quota for PoliciesPerAccount: 1");
  }

  @Test
  void unknownOrMalformedPolicyArns() {
    f.refused(() -> iam.getPolicy(arn("policy/Nope")), "NoSuchEntity", 404,
        "Policy " + arn("policy/Nope") + " was not found.");
    f.refused(() -> iam.getPolicy("arn:aws:iam::123:policy/Nope"), "InvalidInput", 400,
        "ARN arn:aws:iam::123:policy/Nope is not valid.");
    f.refused(() -> iam.getPolicy("short"), "ValidationError", 400,
        "1 validation error detected: Value 'short' at 'policyArn' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 20");
  }

  @Test
  void keepsAtMostFiveVersionsWithOneDefault() {
    String arn = iam.createPolicy("P", null, allow("s3:Get*", "*"), null).arn();
    f.advance(Duration.ofMinutes(1));
    IamPolicyVersion v2 = iam.createPolicyVersion(arn, allow("s3:List*", "*"), false);
    assertEquals("v2", v2.versionId());
    assertFalse(v2.isDefaultVersion());
    assertEquals("v1", iam.getPolicy(arn).defaultVersionId());
    assertEquals(T0, iam.getPolicy(arn).updateDate());
    IamPolicyVersion v3 = iam.createPolicyVersion(arn, allow("s3:Put*", "*"), true);
    assertTrue(v3.isDefaultVersion());
    assertEquals("v3", iam.getPolicy(arn).defaultVersionId());
    assertEquals(T0.plus(Duration.ofMinutes(1)), iam.getPolicy(arn).updateDate());
    assertFalse(iam.getPolicyVersion(arn, "v1").isDefaultVersion());
    iam.createPolicyVersion(arn, allow("s3:A*", "*"), null);
    iam.createPolicyVersion(arn, allow("s3:B*", "*"), false);
    f.refused(() -> iam.createPolicyVersion(arn, allow("s3:C*", "*"), false), "LimitExceeded", 409,
        "A managed policy can have up to 5 versions. Before you create a new version, you must delete an "
            + "existing version.");

    f.refused(() -> iam.deletePolicyVersion(arn, "v3"), "DeleteConflict", 409,
        "Cannot delete the default version of a policy.");
    iam.deletePolicyVersion(arn, "v2");
    assertEquals("v6", iam.createPolicyVersion(arn, allow("s3:C*", "*"), false).versionId(), "ids are not reused");
    assertEquals(List.of("v1", "v3", "v4", "v5", "v6"), iam.listPolicyVersions(arn, null, null).items().stream()
        .map(IamPolicyVersion::versionId).toList());

    iam.setDefaultPolicyVersion(arn, "v6");
    assertEquals("v6", iam.getPolicy(arn).defaultVersionId());
    assertEquals(allow("s3:C*", "*"), iam.getPolicyVersion(arn, "v6").document());
    ManagedPolicy stored = f.account().policy(arn).orElseThrow();
    assertEquals(1, stored.versions().stream().filter(PolicyVersion::isDefault).count());

    f.refused(() -> iam.getPolicyVersion(arn, "v2"), "NoSuchEntity", 404,
        "Policy " + arn + " version v2 does not exist or is not attachable.");
    f.refused(() -> iam.setDefaultPolicyVersion(arn, "v9"), "NoSuchEntity", 404, null);
    f.refused(() -> iam.deletePolicyVersion(arn, "v9"), "NoSuchEntity", 404, null);
    f.refused(() -> iam.getPolicyVersion(arn, "2"), "ValidationError", 400,
        "1 validation error detected: Value '2' at 'versionId' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");
  }

  @Test
  void deletePolicyRefusesWhileAttachedUsedAsBoundaryOrVersioned() {
    String arn = iam.createPolicy("P", null, allow("s3:*", "*"), null).arn();
    iam.createUser("alice", null, null, null);
    iam.createRole("r", null, trust(arn("root")), null, null, arn, null);
    iam.attachUserPolicy("alice", arn);
    String attached = "Cannot delete a policy attached to entities.";
    f.refused(() -> iam.deletePolicy(arn), "DeleteConflict", 409, attached);
    iam.detachUserPolicy("alice", arn);
    f.refused(() -> iam.deletePolicy(arn), "DeleteConflict", 409, attached);
    iam.deleteRolePermissionsBoundary("r");
    iam.createPolicyVersion(arn, allow("s3:Get*", "*"), true);
    f.refused(() -> iam.deletePolicy(arn), "DeleteConflict", 409,
        "This policy has more than one version. Before you delete a policy, you must delete the policy's "
            + "versions. The default version is deleted with the policy.");
    iam.deletePolicyVersion(arn, "v1");
    iam.deletePolicy(arn);
    assertTrue(f.account().policy(arn).isEmpty());
    f.refused(() -> iam.deletePolicy(arn), "NoSuchEntity", 404, "Policy " + arn + " was not found.");
  }

  @Test
  void listsPoliciesByScopeAndAttachmentWithUseCounts() {
    addAwsManagedPolicy();
    String local = iam.createPolicy("Local", "/mine/", allow("s3:*", "*"), null).arn();
    iam.createPolicy("Unused", null, allow("s3:*", "*"), null);
    iam.createUser("alice", null, local, null);
    iam.createGroup("g", null);
    iam.attachUserPolicy("alice", AWS_READ_ONLY);
    iam.attachGroupPolicy("g", AWS_READ_ONLY);
    iam.attachGroupPolicy("g", local);

    assertEquals(List.of("Local", "ReadOnlyAccess", "Unused"), names(iam.listPolicies(null, null, null, null, null)));
    assertEquals(List.of("ReadOnlyAccess"), names(iam.listPolicies("AWS", null, null, null, null)));
    assertEquals(List.of("Local", "Unused"), names(iam.listPolicies("Local", false, null, null, null)));
    assertEquals(List.of("Local", "ReadOnlyAccess"), names(iam.listPolicies("All", true, null, null, null)));
    assertEquals(List.of("Local"), names(iam.listPolicies(null, null, "/mine/", null, null)));
    IamPolicy readOnly = iam.getPolicy(AWS_READ_ONLY);
    assertEquals(2, readOnly.attachmentCount());
    IamPolicy mine = iam.getPolicy(local);
    assertEquals(1, mine.attachmentCount());
    assertEquals(1, mine.permissionsBoundaryUsageCount());
    f.refused(() -> iam.listPolicies("Mine", null, null, null, null), "ValidationError", 400,
        "1 validation error detected: Value 'Mine' at 'scope' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [All, AWS, Local]");
  }

  @Test
  void awsManagedPoliciesCannotBeChanged() {
    addAwsManagedPolicy();
    String denied = "Policy " + AWS_READ_ONLY + " is an AWS managed policy and cannot be changed.";
    f.refused(() -> iam.createPolicyVersion(AWS_READ_ONLY, allow("s3:*", "*"), true), "AccessDenied", 403, denied);
    f.refused(() -> iam.setDefaultPolicyVersion(AWS_READ_ONLY, "v1"), "AccessDenied", 403, denied);
    f.refused(() -> iam.deletePolicyVersion(AWS_READ_ONLY, "v1"), "AccessDenied", 403, denied);
    f.refused(() -> iam.deletePolicy(AWS_READ_ONLY), "AccessDenied", 403, denied);
    assertEquals("v1", iam.getPolicy(AWS_READ_ONLY).defaultVersionId());
  }

  private void addAwsManagedPolicy() {
    ManagedPolicy readOnly = new ManagedPolicy("ReadOnlyAccess", "/", "ANPAREADONLY", AWS_READ_ONLY, "", List.of(
        new PolicyVersion("v1", new PolicyParser().parse(allow("*:Get*", "*"), "ro.json"), true, T0)), T0, T0);
    f.store.update(IamFixture.ACCOUNT, a -> a.toBuilder().putPolicy(readOnly).build());
  }

  private static List<String> names(IamPage<IamPolicy> page) {
    return page.items().stream().map(IamPolicy::policyName).toList();
  }
}
