package io.gatehouse.iam;

import static io.gatehouse.iam.IamFixture.T0;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static io.gatehouse.iam.IamFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.AccessKeyGenerator;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.Tag;
import io.gatehouse.sts.RoleSessions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleOperationsTest {
  private static final String TRUST = trust(arn("root"));

  private final IamFixture f = new IamFixture();
  private final IamService iam = f.iam;

  @Test
  void createsRoleInAwsShape() {
    IamRole role = iam.createRole("deployer", "/ci/", TRUST, "Deploys things", null, null,
        List.of(new Tag("team", "ops")));
    assertEquals("/ci/", role.path());
    assertEquals("deployer", role.roleName());
    assertTrue(AccessKeyGenerator.isRoleId(role.roleId()), role.roleId());
    assertEquals(arn("role/ci/deployer"), role.arn());
    assertEquals(T0, role.createDate());
    assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
        + arn("root") + "\"},\"Action\":\"sts:AssumeRole\"}]}", role.assumeRolePolicyDocument());
    assertEquals("Deploys things", role.description());
    assertEquals(3600, role.maxSessionDuration());
    assertNull(role.permissionsBoundary());
    assertEquals(List.of(new Tag("team", "ops")), role.tags());
    assertEquals(role, iam.getRole("DEPLOYER"));
    Role stored = f.account().role("deployer").orElseThrow();
    assertEquals("deployer trust policy", stored.trustPolicy().name());
  }

  @Test
  void refusesTrustPoliciesIamRefuses() {
    String noPrincipal = allow("sts:AssumeRole", "*").replace(",\"Resource\":\"*\"", "");
    f.refused(() -> iam.createRole("r", null, noPrincipal, null, null, null, null), "MalformedPolicyDocument", 400,
        "Missing required field Principal");
    String withResource = TRUST.replace("\"Action\":\"sts:AssumeRole\"", "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"");
    f.refused(() -> iam.createRole("r", null, withResource, null, null, null, null), "MalformedPolicyDocument", 400,
        "Has prohibited field Resource");
    String s3 = TRUST.replace("sts:AssumeRole", "s3:GetObject");
    f.refused(() -> iam.createRole("r", null, s3, null, null, null, null), "MalformedPolicyDocument", 400,
        "AssumeRole policy may only specify STS AssumeRole actions.");
    IamException syntax = f.refused(() -> iam.createRole("r", null, "{\"Version\":", null, null, null, null),
        "MalformedPolicyDocument", 400, null);
    assertTrue(syntax.getMessage().startsWith("PolicyDocument:1:"), syntax.getMessage());
    String badEffect = TRUST.replace("\"Allow\"", "\"Alow\"");
    IamException effect = f.refused(() -> iam.createRole("r", null, badEffect, null, null, null, null),
        "MalformedPolicyDocument", 400, null);
    assertTrue(effect.getMessage().contains("Statement[0].Effect"), effect.getMessage());
    f.refused(() -> iam.createRole("r", null, null, null, null, null, null), "ValidationError", 400,
        "1 validation error detected: Value null at 'assumeRolePolicyDocument' failed to satisfy constraint: "
            + "Member must not be null");
    f.refused(() -> iam.createRole("r", null, TRUST + "\u0100", null, null, null, null), "ValidationError", 400,
        "1 validation error detected: Value at 'assumeRolePolicyDocument' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
  }

  @Test
  void refusesTrustPolicyOverItsSizeQuota() {
    StringBuilder principals = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      principals.append(i == 0 ? "" : ",").append('"').append(arn("user/user-number-" + i)).append('"');
    }
    String big = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[" + principals
        + "]},\"Action\":\"sts:AssumeRole\"}]}";
    f.refused(() -> iam.createRole("r", null, big, null, null, null, null), "LimitExceeded", 409,
        "Cannot exceed quota for ACLSizePerRole: 2048");
  }

  @Test
  void checksMaxSessionDurationAndNames() {
    f.refused(() -> iam.createRole("r", null, TRUST, null, 3599, null, null), "ValidationError", 400,
        "1 validation error detected: Value '3599' at 'maxSessionDuration' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 3600");
    f.refused(() -> iam.createRole("r", null, TRUST, null, 43201, null, null), "ValidationError", 400,
        "1 validation error detected: Value '43201' at 'maxSessionDuration' failed to satisfy constraint: "
            + "Member must have value less than or equal to 43200");
    assertEquals(43200, iam.createRole("r", null, TRUST, null, 43200, null, null).maxSessionDuration());
    f.refused(() -> iam.createRole("R", null, TRUST, null, null, null, null), "EntityAlreadyExists", 409,
        "Role with name R already exists.");
    f.refused(() -> iam.createRole("x".repeat(65), null, TRUST, null, null, null, null), "ValidationError", 400,
        null);
    f.refused(() -> iam.createRole("d", null, TRUST, "d".repeat(1001), null, null, null), "ValidationError", 400,
        null);
  }

  @Test
  void refusesRolesBeyondTheAccountQuota() {
    IamFixture small = new IamFixture(IamQuotas.defaults().withEntitiesPerAccount(5000, 300, 1, 1500));
    small.iam.createRole("one", null, TRUST, null, null, null, null);
    small.refused(() -> small.iam.createRole("two", null, TRUST, null, null, null, null), "LimitExceeded", 409,
        "Cannot exceed quota for RolesPerAccount: 1");
  }

  @Test
  void updatesDescriptionSessionDurationAndTrustPolicy() {
    iam.createRole("r", null, TRUST, "first", null, null, null);
    iam.updateRole("r", null, 7200);
    assertEquals("first", iam.getRole("r").description());
    assertEquals(7200, iam.getRole("r").maxSessionDuration());
    iam.updateRole("r", "second", null);
    assertEquals("second", iam.getRole("r").description());
    assertEquals(Duration.ofHours(2), f.account().role("r").orElseThrow().maxSessionDuration());
    f.refused(() -> iam.updateRole("r", null, 100), "ValidationError", 400, null);
    f.refused(() -> iam.updateRole("nope", "x", null), "NoSuchEntity", 404, "The role with name nope cannot be found.");

    String other = trust(arn("user/alice"));
    iam.updateAssumeRolePolicy("r", other);
    assertTrue(iam.getRole("r").assumeRolePolicyDocument().contains(arn("user/alice")));
    f.refused(() -> iam.updateAssumeRolePolicy("r", allow("s3:*", "*")), "MalformedPolicyDocument", 400,
        "Missing required field Principal");
    f.refused(() -> iam.updateAssumeRolePolicy("r", null), "ValidationError", 400,
        "1 validation error detected: Value null at 'policyDocument' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void deleteRoleRefusesWhileItHasPolicies() {
    iam.createRole("r", null, TRUST, null, null, null, null);
    IamPolicy managed = iam.createPolicy("P", null, allow("s3:*", "*"), null);
    iam.attachRolePolicy("r", managed.arn());
    iam.putRolePolicy("r", "inline", allow("s3:*", "*"));
    f.refused(() -> iam.deleteRole("r"), "DeleteConflict", 409, "Cannot delete entity, must delete policies first.");
    iam.deleteRolePolicy("r", "inline");
    f.refused(() -> iam.deleteRole("r"), "DeleteConflict", 409,
        "Cannot delete entity, must detach all policies first.");
    iam.detachRolePolicy("r", managed.arn());
    iam.deleteRole("r");
    assertTrue(f.account().role("r").isEmpty());
    f.refused(() -> iam.deleteRole("r"), "NoSuchEntity", 404, "The role with name r cannot be found.");
  }

  @Test
  void tagsAndUntagsRoles() {
    iam.createRole("r", null, TRUST, null, null, null, List.of(new Tag("a", "1")));
    iam.tagRole("r", List.of(new Tag("A", "2"), new Tag("b", "3")));
    assertEquals(List.of(new Tag("A", "2"), new Tag("b", "3")), iam.listRoleTags("r", null, null).items());
    iam.untagRole("r", List.of("a"));
    assertEquals(List.of(new Tag("b", "3")), iam.getRole("r").tags());
    IamFixture small = new IamFixture(new IamQuotas(5000, 300, 1000, 1500, 10, 10, 8, 1, 2048, 5120, 10240, 6144,
        2048));
    small.iam.createRole("r", null, TRUST, null, null, null, List.of(new Tag("a", "1")));
    small.refused(() -> small.iam.tagRole("r", List.of(new Tag("b", "2"))), "LimitExceeded", 409,
        "Cannot exceed quota for TagsPerRole: 1");
    small.refused(() -> small.iam.createRole("s", null, TRUST, null, null, null,
        List.of(new Tag("a", "1"), new Tag("b", "2"))), "LimitExceeded", 409, "Cannot exceed quota for TagsPerRole: 1");
  }

  @Test
  void putsAndDeletesPermissionsBoundary() {
    IamPolicy boundary = iam.createPolicy("B", null, allow("*", "*"), null);
    iam.createRole("r", null, TRUST, null, null, boundary.arn(), null);
    assertEquals(boundary.arn(), iam.getRole("r").permissionsBoundary());
    iam.deleteRolePermissionsBoundary("r");
    assertNull(iam.getRole("r").permissionsBoundary());
    iam.putRolePermissionsBoundary("r", boundary.arn());
    assertEquals(boundary.arn(), f.account().role("r").orElseThrow().boundary().orElseThrow());
    f.refused(() -> iam.putRolePermissionsBoundary("r", arn("policy/X")), "NoSuchEntity", 404,
        "Policy " + arn("policy/X") + " does not exist or is not attachable.");
  }

  @Test
  void revokeSessionsDeniesSessionsIssuedBeforeNow() {
    iam.createRole("r", null, TRUST, null, null, null, null);
    iam.revokeRoleSessions("r");
    f.advance(Duration.ofMinutes(5));
    iam.revokeRoleSessions("r");
    List<InlinePolicy> inline = f.account().role("r").orElseThrow().inlinePolicies();
    assertEquals(1, inline.size());
    assertEquals(RoleSessions.REVOKE_POLICY_NAME, inline.get(0).name());
    assertTrue(iam.getRolePolicy("r", RoleSessions.REVOKE_POLICY_NAME).policyDocument()
        .contains("\"DateLessThan\":{\"aws:TokenIssueTime\":\"2026-03-01T10:05:00Z\"}"));
    f.refused(() -> iam.revokeRoleSessions("nope"), "NoSuchEntity", 404, null);
  }

  @Test
  void listsRolesUnderAPathPrefix() {
    iam.createRole("b", "/svc/", TRUST, null, null, null, null);
    iam.createRole("a", "/svc/", TRUST, null, null, null, null);
    iam.createRole("c", null, TRUST, null, null, null, null);
    assertEquals(List.of("a", "b", "c"), iam.listRoles(null, null, null).items().stream()
        .map(IamRole::roleName).toList());
    assertEquals(List.of("a", "b"), iam.listRoles("/svc/", null, null).items().stream()
        .map(IamRole::roleName).toList());
  }
}
