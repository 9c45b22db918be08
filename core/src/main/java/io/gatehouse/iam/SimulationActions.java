package io.gatehouse.iam;

import static io.gatehouse.iam.IamParameter.optional;
import static io.gatehouse.iam.IamParameter.required;

import io.gatehouse.iam.IamParameter.Type;
import io.gatehouse.policy.PolicyParser;
import java.util.List;

/** The policy simulator's actions: {@code SimulateCustomPolicy} and {@code SimulatePrincipalPolicy}. */
final class SimulationActions {
  private SimulationActions() {}

  static void addTo(ActionTable t) {
    t.withResult("SimulateCustomPolicy",
        "Decides actions on resources against the policies given, with context entries, a resource policy and "
            + "permissions boundaries; shows the statements that decided each.",
        (iam, r) -> simulator(iam).custom(input(r, r.list("PolicyInputList"))),
        required("PolicyInputList", Type.STRING_LIST), required("ActionNames", Type.STRING_LIST),
        optional("PermissionsBoundaryPolicyInputList", Type.STRING_LIST), optional("ResourceArns", Type.STRING_LIST),
        optional("ResourcePolicy", Type.POLICY_DOCUMENT), optional("ResourceOwner"), optional("CallerArn"),
        optional("ContextEntries", Type.CONTEXT_ENTRY_LIST), optional("ResourceHandlingOption"),
        optional("MaxItems", Type.INTEGER), optional("Marker"));
    t.withResult("SimulatePrincipalPolicy",
        "Decides actions on resources against every policy of a user (with its groups), group or role, plus the "
            + "policies given; shows the statements that decided each.",
        (iam, r) -> {
          List<String> extra = r.list("PolicyInputList");
          return simulator(iam).principal(r.string("PolicySourceArn"), input(r, extra == null ? List.of() : extra));
        },
        required("PolicySourceArn"), required("ActionNames", Type.STRING_LIST),
        optional("PolicyInputList", Type.STRING_LIST), optional("PermissionsBoundaryPolicyInputList", Type.STRING_LIST),
        optional("ResourceArns", Type.STRING_LIST), optional("ResourcePolicy", Type.POLICY_DOCUMENT),
        optional("ResourceOwner"), optional("CallerArn"), optional("ContextEntries", Type.CONTEXT_ENTRY_LIST),
        optional("ResourceHandlingOption"), optional("MaxItems", Type.INTEGER), optional("Marker"));
  }

  private static PolicySimulator simulator(IamService iam) {
    return new PolicySimulator(iam.getAccountAuthorizationDetails(), new PolicyDocumentReader(new PolicyParser()));
  }

  private static PolicySimulator.Input input(ActionRequest r, List<String> policies) {
    List<String> boundaries = r.list("PermissionsBoundaryPolicyInputList");
    List<String> resources = r.list("ResourceArns");
    List<SimulationContextEntry> context = r.contextEntries("ContextEntries");
    return new PolicySimulator.Input(policies, boundaries == null ? List.of() : boundaries, r.list("ActionNames"),
        resources == null ? List.of() : resources, r.string("ResourcePolicy"), r.string("ResourceOwner"),
        r.string("CallerArn"), context == null ? List.of() : context,
        Pagination.of(r.string("Marker"), r.integer("MaxItems")));
  }
}
