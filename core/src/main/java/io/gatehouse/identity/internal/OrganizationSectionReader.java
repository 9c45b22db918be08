package io.gatehouse.identity.internal;

import io.gatehouse.identity.OrganizationPolicies;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.internal.parse.LocatedArray;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.NodePath;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code Organization}: the organization policies that apply to the account, {@code
 * ServiceControlPolicies} and {@code ResourceControlPolicies}, each a list of levels from the
 * organization root down to the account, each level a non-empty list of {@code {PolicyName,
 * PolicyDocument}} (the document named after the policy).
 */
final class OrganizationSectionReader {
  static final String SECTION = "Organization";
  private static final List<String> KEYS =
      List.of("ServiceControlPolicies", "ResourceControlPolicies");
  private static final List<String> POLICY_KEYS = List.of("PolicyName", "PolicyDocument");

  private final ReadContext context;
  private final FieldReader fields;

  OrganizationSectionReader(ReadContext context) {
    this.context = context;
    this.fields = context.fields();
  }

  /** Reads the section: no organization when it is absent. */
  OrganizationPolicies read(LocatedObject root) {
    LocatedNode node = fields.optional(root, SECTION);
    if (node == null) {
      return OrganizationPolicies.none();
    }
    NodePath path = NodePath.root().key(SECTION);
    LocatedObject o = fields.object(node, path);
    if (o == null) {
      return OrganizationPolicies.none();
    }
    fields.onlyKnownKeys(o, path, KEYS);
    return new OrganizationPolicies(
        levels(o, path, "ServiceControlPolicies"), levels(o, path, "ResourceControlPolicies"));
  }

  private List<List<PolicyDocument>> levels(LocatedObject o, NodePath path, String key) {
    List<List<PolicyDocument>> out = new ArrayList<>();
    for (Element level : fields.array(o, path, key)) {
      List<PolicyDocument> policies = new ArrayList<>();
      List<Element> elements = fields.elements(level.node(), level.path());
      if (elements.isEmpty() && level.node() instanceof LocatedArray) {
        fields.problem(
            level.node(),
            level.path(),
            "expected at least one policy in an organization level, found an empty array");
      }
      for (Element p : elements) {
        LocatedObject policy = fields.object(p.node(), p.path());
        if (policy != null) {
          fields.onlyKnownKeys(policy, p.path(), POLICY_KEYS);
          PolicyDocument doc =
              ResourcePolicySectionReader.namedPolicy(context, policy, p.path()).document();
          if (doc != null) {
            policies.add(doc);
          }
        }
      }
      out.add(policies);
    }
    return out;
  }
}
