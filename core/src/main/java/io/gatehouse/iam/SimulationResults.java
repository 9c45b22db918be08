package io.gatehouse.iam;

import io.gatehouse.Decision;
import io.gatehouse.DecisionType;
import io.gatehouse.DeterminingStatement;
import io.gatehouse.PolicyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's decisions as AWS's {@code EvaluationResult}s: decision, matched statements (with
 * their source policy and position), missing context keys, the organization's and the permissions
 * boundary's part, and, for named resources, {@code EvalDecisionDetails} and {@code
 * ResourceSpecificResults}.
 */
final class SimulationResults {
  /** SourcePolicyId and SourcePolicyType by the name the compiled policy carries. */
  private final Map<String, String[]> sources;

  SimulationResults(Map<String, String[]> sources) {
    this.sources = sources;
  }

  /** One decision with what AWS tells about it. */
  record Outcome(Decision decision, Boolean boundaryAllows, Map<String, Object> details,
      Set<String> missing) {}

  /**
   * One {@code EvaluationResult}.
   *
   * @param organizations true if SCPs took part
   * @param perResource true if the simulation named its resources ({@code ResourceArns})
   */
  Map<String, Object> result(String action, String resource, Outcome o, boolean organizations, boolean perResource) {
    Decision d = o.decision();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("EvalActionName", action);
    out.put("EvalResourceName", resource);
    out.put("EvalDecision", decision(d.type()));
    out.put("MatchedStatements", matched(d));
    // As in AWS, the keys missing for named resources are told per resource.
    out.put("MissingContextValues", new ArrayList<Object>(perResource ? Set.of() : o.missing()));
    if (organizations) {
      boolean denied = !d.isAllowed() && d.policyType().filter(t -> t == PolicyType.SCP).isPresent();
      out.put("OrganizationsDecisionDetail", ResponseElements.result("AllowedByOrganizations", !denied));
    }
    if (o.boundaryAllows() != null) {
      out.put("PermissionsBoundaryDecisionDetail",
          ResponseElements.result("AllowedByPermissionsBoundary", o.boundaryAllows()));
    }
    if (perResource) {
      ResponseElements.putIfSet(out, "EvalDecisionDetails", o.details());
      Map<String, Object> specific = new LinkedHashMap<>();
      specific.put("EvalResourceName", resource);
      specific.put("EvalResourceDecision", decision(d.type()));
      specific.put("MatchedStatements", matched(d));
      specific.put("MissingContextValues", new ArrayList<Object>(o.missing()));
      ResponseElements.putIfSet(specific, "EvalDecisionDetails", o.details());
      if (o.boundaryAllows() != null) {
        specific.put("PermissionsBoundaryDecisionDetail",
            ResponseElements.result("AllowedByPermissionsBoundary", o.boundaryAllows()));
      }
      out.put("ResourceSpecificResults", new ArrayList<Object>(List.of(specific)));
    }
    return out;
  }

  private List<Object> matched(Decision d) {
    List<Object> matched = new ArrayList<>();
    for (DeterminingStatement s : d.determiningStatements()) {
      matched.add(statement(s));
    }
    return matched;
  }

  private Map<String, Object> statement(DeterminingStatement s) {
    String[] source = sources.getOrDefault(s.policyName(), new String[] {s.policyName(), "none"});
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("SourcePolicyId", source[0]);
    out.put("SourcePolicyType", source[1]);
    if (s.location() != null && s.location().line() > 0) {
      Map<String, Object> start = new LinkedHashMap<>();
      start.put("Line", s.location().line());
      start.put("Column", s.location().column());
      out.put("StartPosition", start);
    }
    return out;
  }

  static String decision(DecisionType type) {
    return switch (type) {
      case ALLOW -> "allowed";
      case EXPLICIT_DENY -> "explicitDeny";
      case IMPLICIT_DENY -> "implicitDeny";
    };
  }
}
