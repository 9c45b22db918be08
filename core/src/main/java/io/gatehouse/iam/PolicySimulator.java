package io.gatehouse.iam;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Authorizer;
import io.gatehouse.CompiledPolicy;
import io.gatehouse.Decision;
import io.gatehouse.PolicySet;
import io.gatehouse.PolicyType;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Group;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.User;
import io.gatehouse.policy.ConditionClause;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * IAM's policy simulator ({@code SimulateCustomPolicy}, {@code SimulatePrincipalPolicy}): decides
 * each action on each resource with the evaluator used for real requests, over the given policies
 * (and, for a principal, every policy of the user with its groups, the group, or the role, with
 * its permissions boundary and the organization's SCPs), and answers with AWS's {@code
 * EvaluationResult}s: the decision, the statements that decided it (with their position in the
 * document), the condition keys the policies use that the request did not provide, and whether
 * the permissions boundary and the organization allowed it; with {@code ResourceArns}, also each
 * resource's {@code ResourceSpecificResults} and the {@code EvalDecisionDetails} of each policy kind.
 */
final class PolicySimulator {
  /** The principal of a simulation that names no caller. */
  static final String DEFAULT_CALLER = "PolicySimulatorCaller";

  private final Account account;
  private final PolicyDocumentReader documents;
  private final Authorizer authorizer = Authorizer.standard();
  /** SourcePolicyId and SourcePolicyType by the name the compiled policy carries. */
  private final Map<String, String[]> sources = new HashMap<>();
  private final List<PolicyDocument> considered = new ArrayList<>();
  private final SimulationResults shapes = new SimulationResults(sources);

  PolicySimulator(Account account, PolicyDocumentReader documents) {
    this.account = account;
    this.documents = documents;
  }

  /** The inputs both simulations share. */
  record Input(List<String> policies, List<String> boundaries, List<String> actions, List<String> resources,
      String resourcePolicy, String resourceOwner, String callerArn, List<SimulationContextEntry> context,
      Pagination pagination) {}

  /** {@code SimulateCustomPolicy}: only the policies given. */
  Map<String, Object> custom(Input in) {
    PolicySet.Builder set = PolicySet.builder();
    addInputs(set, in);
    Principal caller = in.callerArn() != null ? principal(in.callerArn(), "callerArn")
        : Principal.fromArn(account.rootArn().replace(":root", ":user/" + DEFAULT_CALLER));
    return simulate(set, caller, in);
  }

  /** {@code SimulatePrincipalPolicy}: the entity's policies and the policies given. */
  Map<String, Object> principal(String sourceArn, Input in) {
    PolicySet.Builder set = PolicySet.builder();
    Principal caller;
    String boundaryArn = null;
    String prefix = "arn:aws:iam::" + account.accountId() + ":";
    String resource = sourceArn.startsWith(prefix) ? sourceArn.substring(prefix.length()) : "";
    String name = sourceArn.substring(sourceArn.lastIndexOf('/') + 1);
    if (!resource.startsWith("user/") && !resource.startsWith("role/") && !resource.startsWith("group/")) {
      throw IamException.invalidInput("Invalid ARN " + sourceArn
          + ": expected a user, group or role of account " + account.accountId());
    }
    if (resource.startsWith("user/")) {
      User user = account.user(name).filter(u -> u.arn().equals(sourceArn))
          .orElseThrow(() -> IamException.noSuchEntity("The user with name " + name + " cannot be found."));
      inline(set, user.inlinePolicies(), "user");
      managed(set, user.attachedPolicies());
      for (Group g : account.groupsOf(user)) {
        inline(set, g.inlinePolicies(), "group");
        managed(set, g.attachedPolicies());
      }
      boundaryArn = user.permissionsBoundary();
      caller = Principal.fromArn(user.arn());
    } else if (resource.startsWith("role/")) {
      Role role = account.role(name).filter(r -> r.arn().equals(sourceArn))
          .orElseThrow(() -> IamException.noSuchEntity("The role with name " + name + " cannot be found."));
      inline(set, role.inlinePolicies(), "role");
      managed(set, role.attachedPolicies());
      boundaryArn = role.permissionsBoundary();
      caller = Principal.fromArn(role.arn());
    } else {
      Group group = account.group(name).filter(g -> g.arn().equals(sourceArn))
          .orElseThrow(() -> IamException.noSuchEntity("The group with name " + name + " cannot be found."));
      inline(set, group.inlinePolicies(), "group");
      managed(set, group.attachedPolicies());
      caller = Principal.fromArn(account.rootArn().replace(":root", ":user/" + DEFAULT_CALLER));
    }
    if (in.boundaries().isEmpty() && boundaryArn != null) {
      account.policy(boundaryArn).ifPresent(p -> {
        PolicyDocument doc = named(p.defaultVersion().document(), p.name(), "user-managed");
        set.permissionsBoundary(doc);
      });
    }
    for (List<PolicyDocument> level : account.organization().serviceControlPolicies()) {
      List<CompiledPolicy> compiled = new ArrayList<>();
      level.forEach(doc -> compiled.add(CompiledPolicy.compile(doc)));
      set.serviceControlPolicyLevel(compiled);
    }
    addInputs(set, in);
    if (in.callerArn() != null) {
      caller = principal(in.callerArn(), "callerArn");
    }
    return simulate(set, caller, in);
  }

  private void addInputs(PolicySet.Builder set, Input in) {
    for (int i = 0; i < in.policies().size(); i++) {
      String id = "PolicyInputList." + (i + 1);
      set.identityPolicy(named(documents.identityPolicy(in.policies().get(i), "policyInputList", id), id, "none"));
    }
    for (int i = 0; i < in.boundaries().size(); i++) {
      String id = "PermissionsBoundaryPolicyInputList." + (i + 1);
      set.permissionsBoundary(
          named(documents.identityPolicy(in.boundaries().get(i), "permissionsBoundaryPolicyInputList", id), id,
              "none"));
    }
    if (in.resourcePolicy() != null) {
      set.resourcePolicy(named(documents.resourcePolicy(in.resourcePolicy(), "resourcePolicy", "ResourcePolicy"),
          "ResourcePolicy", "resource"));
    }
  }

  private void inline(PolicySet.Builder set, List<InlinePolicy> policies, String type) {
    for (InlinePolicy p : policies) {
      set.identityPolicy(named(p.document(), p.name(), type));
    }
  }

  private void managed(PolicySet.Builder set, List<String> arns) {
    for (String arn : arns) {
      account.policy(arn).ifPresent(p -> set.identityPolicy(named(p.defaultVersion().document(), p.name(),
          p.isAwsManaged() ? "aws-managed" : "user-managed")));
    }
  }

  private PolicyDocument named(PolicyDocument doc, String id, String type) {
    String name = type + ":" + id;
    sources.put(name, new String[] {id, type});
    PolicyDocument named = doc.withName(name);
    considered.add(named);
    return named;
  }

  private Map<String, Object> simulate(PolicySet.Builder builder, Principal caller, Input in) {
    PolicySet set = builder.build();
    PolicySet boundaryOnly = null;
    if (set.permissionsBoundary().isPresent()) {
      boundaryOnly = PolicySet.builder().identityPolicy(set.permissionsBoundary().get()).build();
    }
    RequestContext context = context(in.context());
    boolean perResource = !in.resources().isEmpty();
    List<String> resources = perResource ? in.resources() : List.of("*");
    String owner = owner(in.resourceOwner());
    List<Map<String, Object>> results = new ArrayList<>();
    for (String action : in.actions()) {
      for (String resource : resources) {
        AuthorizationRequest request = AuthorizationRequest.builder(caller).action(action).resource(resource)
            .resourceAccount(owner).context(context).build();
        Decision d = authorizer.decide(request, set);
        Boolean boundaryAllows = boundaryOnly == null ? null : authorizer.decide(request, boundaryOnly).isAllowed();
        SimulationResults.Outcome outcome = new SimulationResults.Outcome(d, boundaryAllows,
            perResource ? decisionDetails(request, d, set) : null, missingKeys(context));
        results.add(shapes.result(action, resource, outcome, !set.serviceControlPolicies().isEmpty(), perResource));
      }
    }
    return page(results, in.pagination());
  }

  /**
   * {@code EvalDecisionDetails}, as AWS fills it: for a cross-account request the decision of the
   * caller's IAM policies (with boundary and SCPs) and of the resource policy, each on its own, since
   * both must allow; empty within one account; left out when an SCP denied (AWS's evaluation stops
   * there).
   */
  private Map<String, Object> decisionDetails(AuthorizationRequest request, Decision d, PolicySet set) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (!request.isCrossAccount()) {
      return details;
    }
    if (!d.isAllowed() && d.policyType().filter(t -> t == PolicyType.SCP).isPresent()) {
      return null;
    }
    // Each side decided as if the resource were the caller's: what that side alone allows.
    AuthorizationRequest own = AuthorizationRequest.builder(request.principal()).action(request.action())
        .resource(request.resource()).resourceAccount(request.principal().accountId()).context(request.context())
        .build();
    details.put("IAM Policy", SimulationResults.decision(authorizer.decide(own, set.withResourcePolicies(List.of())).type()));
    details.put("Resource Policy", SimulationResults.decision(authorizer.decide(own,
        PolicySet.builder().build().withResourcePolicies(set.resourcePolicies())).type()));
    return details;
  }

  /** The condition keys the simulated policies use that the context entries did not give. */
  private Set<String> missingKeys(RequestContext context) {
    Set<String> missing = new LinkedHashSet<>();
    for (PolicyDocument doc : considered) {
      for (Statement s : doc.statements()) {
        for (ConditionClause c : s.conditions()) {
          if (!context.contains(c.key())) {
            missing.add(c.key());
          }
        }
      }
    }
    return missing;
  }

  private static RequestContext context(List<SimulationContextEntry> entries) {
    RequestContext.Builder b = RequestContext.builder();
    for (SimulationContextEntry e : entries) {
      String type = e.keyType() == null ? "string" : e.keyType();
      Constraints.oneOf(type, "contextEntries.member.contextKeyType", List.of("string", "stringList", "numeric",
          "numericList", "boolean", "booleanList", "ip", "ipList", "binary", "binaryList", "date", "dateList"));
      if (type.endsWith("List")) {
        b.putAll(e.keyName(), e.values());
      } else if (e.values().size() == 1) {
        b.put(e.keyName(), e.values().get(0));
      } else {
        throw IamException.invalidInput("Context key " + e.keyName() + " of type " + type
            + " takes exactly one value; use " + type + "List for several");
      }
    }
    return b.build();
  }

  private static String owner(String resourceOwner) {
    if (resourceOwner == null) {
      return null;
    }
    String id = resourceOwner.startsWith("arn:") ? resourceOwner.split(":", -1).length > 4
        ? resourceOwner.split(":", -1)[4] : "" : resourceOwner;
    if (!id.matches("\\d{12}")) {
      throw IamException.invalidInput("Invalid ResourceOwner " + resourceOwner + ": expected an account id or "
          + "an account's root ARN");
    }
    return id;
  }

  private static Principal principal(String arn, String param) {
    try {
      return Principal.fromArn(arn);
    } catch (IllegalArgumentException e) {
      throw IamException.invalidInput("Invalid " + param + " " + arn + ": " + e.getMessage());
    }
  }

  /** Pages the results in their order; the marker is the index of the first result of the next page. */
  private static Map<String, Object> page(List<Map<String, Object>> results, Pagination pagination) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      indexes.add(i);
    }
    IamPage<Integer> page = pagination.page(indexes, i -> String.format(Locale.ROOT, "%010d", i));
    return ResponseElements.page("EvaluationResults", page, i -> results.get(i));
  }
}
