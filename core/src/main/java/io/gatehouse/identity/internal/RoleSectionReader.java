package io.gatehouse.identity.internal;

import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.Tag;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.NodePath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code RoleDetailList}: roles in AWS's {@code RoleDetail} shape, plus {@code Description}
 * and {@code MaxSessionDuration} (seconds, 3600 to 43200, 3600 when absent) from AWS's {@code
 * Role}. {@code InstanceProfileList} and {@code RoleLastUsed} are accepted and ignored. The trust
 * policy is named {@code role/NAME/trust-policy}.
 */
final class RoleSectionReader {
  static final String SECTION = "RoleDetailList";
  private static final List<String> KEYS =
      List.of(
          "RoleName",
          "Path",
          "RoleId",
          "Arn",
          "CreateDate",
          "Description",
          "AssumeRolePolicyDocument",
          "RolePolicyList",
          "AttachedManagedPolicies",
          "PermissionsBoundary",
          "Tags",
          "MaxSessionDuration",
          "InstanceProfileList",
          "RoleLastUsed");

  private final ReadContext context;
  private final FieldReader fields;
  private final EntityHeaderReader headers;
  private final EntityPartsReader parts;

  RoleSectionReader(ReadContext context) {
    this.context = context;
    this.fields = context.fields();
    this.headers = new EntityHeaderReader(fields, context.accountId());
    this.parts = new EntityPartsReader(context);
  }

  /** Reads the section; roles with problems are left out (the problems say why). */
  List<Role> read(LocatedObject root) {
    List<Role> out = new ArrayList<>();
    DuplicateNames names = new DuplicateNames(fields, "role name", true);
    for (Element e : fields.array(root, NodePath.root(), SECTION)) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      int before = fields.problemCount();
      fields.onlyKnownKeys(o, e.path(), KEYS);
      EntityHeader h = headers.read(o, e.path(), EntityKind.ROLE);
      if (h.name() != null) {
        names.add(h.name(), o.get("RoleName"), e.path().key("RoleName"));
      }
      String owner = "role/" + h.name();
      String description = fields.optionalString(o, e.path(), "Description");
      LocatedNode trustNode = fields.required(o, e.path(), "AssumeRolePolicyDocument");
      PolicyDocument trust =
          trustNode == null
              ? null
              : context
                  .policies()
                  .read(
                      trustNode, e.path().key("AssumeRolePolicyDocument"), owner + "/trust-policy");
      List<InlinePolicy> inline = parts.inlinePolicies(o, e.path(), "RolePolicyList", owner);
      List<String> attached = parts.attachedPolicies(o, e.path());
      String boundary = parts.boundary(o, e.path());
      List<Tag> tags = parts.tags(o, e.path());
      Duration maxSession = maxSessionDuration(o, e.path());
      if (fields.problemCount() == before) {
        out.add(
            new Role(
                h.name(),
                h.path(),
                h.id(),
                h.arn(),
                h.createDate(),
                description,
                trust,
                attached,
                inline,
                boundary,
                tags,
                maxSession));
      }
    }
    return out;
  }

  private Duration maxSessionDuration(LocatedObject role, NodePath path) {
    Long seconds = fields.integer(role, path, "MaxSessionDuration");
    if (seconds == null) {
      return Role.MIN_MAX_SESSION;
    }
    long min = Role.MIN_MAX_SESSION.toSeconds();
    long max = Role.MAX_MAX_SESSION.toSeconds();
    if (seconds < min || seconds > max) {
      fields.problem(
          role.get("MaxSessionDuration"),
          path.key("MaxSessionDuration"),
          "expected " + min + " to " + max + " seconds, found " + seconds);
      return Role.MIN_MAX_SESSION;
    }
    return Duration.ofSeconds(seconds);
  }
}
