package io.gatehouse.identity.internal;

import io.gatehouse.identity.ResourcePolicyBinding;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code ResourcePolicies}: resource-based policies bound to an ARN pattern ({@code
 * Resource}), each with its {@code PolicyName} (the document's name) and {@code PolicyDocument}.
 */
final class ResourcePolicySectionReader {
  static final String SECTION = "ResourcePolicies";
  private static final List<String> KEYS = List.of("Resource", "PolicyName", "PolicyDocument");
  private static final int ARN_PARTS = 6;

  private final ReadContext context;
  private final FieldReader fields;

  ResourcePolicySectionReader(ReadContext context) {
    this.context = context;
    this.fields = context.fields();
  }

  /** Reads the section; bindings with problems are left out (the problems say why). */
  List<ResourcePolicyBinding> read(LocatedObject root) {
    List<ResourcePolicyBinding> out = new ArrayList<>();
    for (Element e : fields.array(root, NodePath.root(), SECTION)) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      int before = fields.problemCount();
      fields.onlyKnownKeys(o, e.path(), KEYS);
      String resource = fields.requiredString(o, e.path(), "Resource");
      if (resource != null
          && (!resource.startsWith("arn:") || resource.split(":", ARN_PARTS).length < ARN_PARTS)) {
        fields.problem(
            o.get("Resource"),
            e.path().key("Resource"),
            "expected an ARN pattern arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, found "
                + LocatedScalar.quote(resource));
      }
      NamedPolicy policy = namedPolicy(context, o, e.path());
      if (fields.problemCount() == before) {
        out.add(new ResourcePolicyBinding(resource, policy.name(), policy.document()));
      }
    }
    return out;
  }

  /**
   * Reads {@code PolicyName} (any non-empty string) and {@code PolicyDocument}, the document named
   * after the policy. Either part is null after a problem.
   */
  static NamedPolicy namedPolicy(ReadContext context, LocatedObject o, NodePath path) {
    FieldReader fields = context.fields();
    String name = fields.requiredString(o, path, "PolicyName");
    if (name != null && name.isEmpty()) {
      fields.problem(
          o.get("PolicyName"), path.key("PolicyName"), "expected a policy name, found \"\"");
      name = null;
    }
    LocatedNode docNode = fields.required(o, path, "PolicyDocument");
    PolicyDocument doc =
        docNode == null
            ? null
            : context
                .policies()
                .read(docNode, path.key("PolicyDocument"), name == null ? "" : name);
    return new NamedPolicy(name, doc);
  }

  /** A policy name and its document; either may be null after a problem. */
  record NamedPolicy(String name, PolicyDocument document) {}
}
