package io.gatehouse.identity.internal;

import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.Tag;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts that users, groups and roles share in AWS's export: inline policy lists, attached
 * managed policies, the permissions boundary and tags. References to managed policies must name a
 * policy of the file's {@code Policies}, AWS managed ones included.
 */
final class EntityPartsReader {
  private static final List<String> INLINE_KEYS = List.of("PolicyName", "PolicyDocument");
  private static final List<String> ATTACHED_KEYS = List.of("PolicyName", "PolicyArn");
  private static final List<String> BOUNDARY_KEYS =
      List.of("PermissionsBoundaryType", "PermissionsBoundaryArn");
  private static final List<String> TAG_KEYS = List.of("Key", "Value");
  private static final int MAX_TAG_KEY = 128;
  private static final int MAX_TAG_VALUE = 256;

  private final ReadContext context;
  private final FieldReader fields;

  EntityPartsReader(ReadContext context) {
    this.context = context;
    this.fields = context.fields();
  }

  /**
   * Reads an inline policy list ({@code UserPolicyList}, ...). Each document is named {@code
   * OWNER/POLICYNAME}, e.g. {@code user/alice/own-receipts}.
   *
   * @param owner {@code user/NAME}, {@code group/NAME} or {@code role/NAME}
   */
  List<InlinePolicy> inlinePolicies(LocatedObject entity, NodePath path, String key, String owner) {
    List<InlinePolicy> out = new ArrayList<>();
    DuplicateNames names = new DuplicateNames(fields, "policy name", true);
    for (Element e : fields.array(entity, path, key)) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      fields.onlyKnownKeys(o, e.path(), INLINE_KEYS);
      String name = policyName(o, e.path());
      LocatedNode docNode = fields.required(o, e.path(), "PolicyDocument");
      String docName = owner + "/" + (name == null ? "" : name);
      PolicyDocument doc =
          docNode == null
              ? null
              : context.policies().readIdentityPolicy(docNode, e.path().key("PolicyDocument"), docName);
      if (name != null
          && names.add(name, o.get("PolicyName"), e.path().key("PolicyName"))
          && doc != null) {
        out.add(new InlinePolicy(name, doc));
      }
    }
    return out;
  }

  /** Reads {@code AttachedManagedPolicies}: the ARNs, each of a policy in {@code Policies}. */
  List<String> attachedPolicies(LocatedObject entity, NodePath path) {
    List<String> out = new ArrayList<>();
    DuplicateNames arns = new DuplicateNames(fields, "attached policy", false);
    for (Element e : fields.array(entity, path, "AttachedManagedPolicies")) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      fields.onlyKnownKeys(o, e.path(), ATTACHED_KEYS);
      String arn = policyReference(o, e.path(), "PolicyArn");
      String name = fields.optionalString(o, e.path(), "PolicyName");
      if (arn != null && name != null && !name.equals(NameRules.lastSegment(arn))) {
        fields.problem(
            o.get("PolicyName"),
            e.path().key("PolicyName"),
            "PolicyName "
                + LocatedScalar.quote(name)
                + " disagrees with PolicyArn "
                + LocatedScalar.quote(arn));
      }
      if (arn != null && arns.add(arn, o.get("PolicyArn"), e.path().key("PolicyArn"))) {
        out.add(arn);
      }
    }
    return out;
  }

  /** Reads {@code PermissionsBoundary}: the ARN of a policy in {@code Policies}, or null. */
  String boundary(LocatedObject entity, NodePath path) {
    LocatedNode node = fields.optional(entity, "PermissionsBoundary");
    if (node == null) {
      return null;
    }
    NodePath boundaryPath = path.key("PermissionsBoundary");
    LocatedObject o = fields.object(node, boundaryPath);
    if (o == null) {
      return null;
    }
    fields.onlyKnownKeys(o, boundaryPath, BOUNDARY_KEYS);
    String type = fields.optionalString(o, boundaryPath, "PermissionsBoundaryType");
    // AWS's exports write PermissionsBoundaryPolicy (the enum value); "Policy" is accepted as well.
    if (type != null && !type.equals("Policy") && !type.equals("PermissionsBoundaryPolicy")) {
      fields.problem(
          o.get("PermissionsBoundaryType"),
          boundaryPath.key("PermissionsBoundaryType"),
          "expected \"Policy\", found " + LocatedScalar.quote(type));
    }
    return policyReference(o, boundaryPath, "PermissionsBoundaryArn");
  }

  /** Reads {@code Tags}: keys unique ignoring case, as AWS requires. */
  List<Tag> tags(LocatedObject entity, NodePath path) {
    List<Tag> out = new ArrayList<>();
    DuplicateNames keys = new DuplicateNames(fields, "tag key", true);
    for (Element e : fields.array(entity, path, "Tags")) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      fields.onlyKnownKeys(o, e.path(), TAG_KEYS);
      String key = fields.requiredString(o, e.path(), "Key");
      String value = fields.requiredString(o, e.path(), "Value");
      if (key != null && (key.isEmpty() || key.length() > MAX_TAG_KEY)) {
        fields.problem(
            o.get("Key"),
            e.path().key("Key"),
            "expected a tag key of 1 to "
                + MAX_TAG_KEY
                + " characters, found "
                + LocatedScalar.quote(key));
        key = null;
      }
      if (value != null && value.length() > MAX_TAG_VALUE) {
        fields.problem(
            o.get("Value"),
            e.path().key("Value"),
            "expected a tag value of at most "
                + MAX_TAG_VALUE
                + " characters, found "
                + LocatedScalar.quote(value));
        value = null;
      }
      if (key != null && keys.add(key, o.get("Key"), e.path().key("Key")) && value != null) {
        out.add(new Tag(key, value));
      }
    }
    return out;
  }

  /** A required policy name following AWS's rules, or null after a problem. */
  String policyName(LocatedObject o, NodePath path) {
    String name = fields.requiredString(o, path, "PolicyName");
    if (name == null) {
      return null;
    }
    String problem = NameRules.checkName("policy name", name, EntityKind.POLICY.maxNameLength());
    if (problem != null) {
      fields.problem(o.get("PolicyName"), path.key("PolicyName"), problem);
      return null;
    }
    return name;
  }

  /** A required reference to a managed policy of the file, or null after a problem. */
  private String policyReference(LocatedObject o, NodePath path, String key) {
    String arn = fields.requiredString(o, path, key);
    if (arn == null || context.declared().hasPolicy(arn)) {
      return arn;
    }
    String hint =
        arn.startsWith("arn:aws:iam::aws:policy/")
            ? "; AWS managed policies must be listed in Policies too"
            : "";
    fields.problem(
        o.get(key), path.key(key), "policy " + LocatedScalar.quote(arn) + " does not exist" + hint);
    return null;
  }
}
