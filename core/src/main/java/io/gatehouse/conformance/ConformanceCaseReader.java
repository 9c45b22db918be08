package io.gatehouse.conformance;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.CompiledPolicy;
import io.gatehouse.DecisionType;
import io.gatehouse.PolicySet;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.internal.condition.ConditionOperators;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.DocumentReader;
import io.gatehouse.policy.internal.parse.LocatedArray;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.PolicyReader;
import io.gatehouse.policy.internal.parse.ProblemList;
import io.gatehouse.policy.internal.parse.ReadLimits;
import io.gatehouse.policy.internal.parse.ScalarKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one conformance case file; every problem is reported with its file, line, column and path. */
final class ConformanceCaseReader {
  private static final Set<String> CASE_KEYS = Set.of("id", "description", "request",
      "identityPolicies", "permissionBoundary", "sessionPolicy", "resourcePolicy", "scps", "rcps",
      "expect");
  private static final Set<String> REQUEST_KEYS =
      Set.of("principal", "action", "resource", "resourceAccount", "context");

  private final DocumentReader documents = new DocumentReader(new ReadLimits(16 << 20, 64, 2_000_000, 50));
  private final PolicyReader policies = new PolicyReader(new ConditionOperators());

  List<ConformanceCase> read(Path file) {
    ProblemList problems = new ProblemList();
    String source = file.toString();
    LocatedNode root;
    try {
      String text = documents.readText(file, source, problems);
      root = text == null ? null : documents.read(text, source, DocumentFormat.JSON, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ConformanceCase> out = new ArrayList<>();
    if (root != null) {
      Reading r = new Reading(file, problems);
      LocatedObject top = r.object(root, NodePath.root());
      if (top != null) {
        String suite = r.string(top, "suite", NodePath.root(), true);
        LocatedNode cases = top.get("cases");
        if (cases instanceof LocatedArray list) {
          for (int i = 0; i < list.elements().size(); i++) {
            ConformanceCase c = r.testCase(suite, list.elements().get(i), NodePath.root().key("cases").index(i));
            if (c != null) {
              out.add(c);
            }
          }
        } else {
          problems.add(top.location(), NodePath.root().key("cases"), "expected an array of cases");
        }
      }
    }
    problems.throwIfAny();
    return out;
  }

  /** The state of reading one file. */
  private final class Reading {
    private final Path file;
    private final ProblemList problems;

    Reading(Path file, ProblemList problems) {
      this.file = file;
      this.problems = problems;
    }

    ConformanceCase testCase(String suite, LocatedNode node, NodePath path) {
      LocatedObject c = object(node, path);
      if (c == null) {
        return null;
      }
      int before = problems.size();
      for (LocatedObject.Entry e : c.entries()) {
        if (!CASE_KEYS.contains(e.key())) {
          problems.add(e.keyLocation(), path.key(e.key()), "unknown case key \"" + e.key() + "\"");
        }
      }
      String id = string(c, "id", path, true);
      String description = string(c, "description", path, false);
      AuthorizationRequest request = request(c.get("request"), path.key("request"));
      PolicySet.Builder set = PolicySet.builder();
      for (PolicyDocument d : policyList(c.get("identityPolicies"), path.key("identityPolicies"), "identity")) {
        set.identityPolicy(d);
      }
      PolicyDocument boundary = policy(c.get("permissionBoundary"), path.key("permissionBoundary"), "boundary");
      if (boundary != null) {
        set.permissionsBoundary(boundary);
      }
      PolicyDocument session = policy(c.get("sessionPolicy"), path.key("sessionPolicy"), "session");
      if (session != null) {
        set.sessionPolicy(session);
      }
      PolicyDocument resource = policy(c.get("resourcePolicy"), path.key("resourcePolicy"), "resource");
      if (resource != null) {
        set.resourcePolicy(resource);
      }
      for (List<CompiledPolicy> level : levels(c.get("scps"), path.key("scps"), "scp")) {
        set.serviceControlPolicyLevel(level);
      }
      for (List<CompiledPolicy> level : levels(c.get("rcps"), path.key("rcps"), "rcp")) {
        set.resourceControlPolicyLevel(level);
      }
      DecisionType expected = null;
      String expect = string(c, "expect", path, true);
      if (expect != null) {
        try {
          expected = DecisionType.fromAwsName(expect);
        } catch (IllegalArgumentException e) {
          problems.add(c.get("expect").location(), path.key("expect"), e.getMessage());
        }
      }
      if (problems.size() != before || request == null || expected == null) {
        return null;
      }
      return new ConformanceCase(file, suite, id, description, request, set.build(), expected);
    }

    AuthorizationRequest request(LocatedNode node, NodePath path) {
      LocatedObject r = object(node, path);
      if (r == null) {
        return null;
      }
      for (LocatedObject.Entry e : r.entries()) {
        if (!REQUEST_KEYS.contains(e.key())) {
          problems.add(e.keyLocation(), path.key(e.key()), "unknown request key \"" + e.key() + "\"");
        }
      }
      String principalArn = string(r, "principal", path, true);
      String action = string(r, "action", path, true);
      String resource = string(r, "resource", path, true);
      String resourceAccount = string(r, "resourceAccount", path, false);
      RequestContext context = context(r.get("context"), path.key("context"));
      if (principalArn == null || action == null || resource == null) {
        return null;
      }
      Principal principal;
      try {
        principal = principalArn.equals("*") ? Principal.anonymous() : Principal.fromArn(principalArn);
      } catch (IllegalArgumentException e) {
        problems.add(r.get("principal").location(), path.key("principal"), e.getMessage());
        return null;
      }
      return AuthorizationRequest.builder(principal).action(action).resource(resource)
          .resourceAccount(resourceAccount).context(context).build();
    }

    RequestContext context(LocatedNode node, NodePath path) {
      RequestContext.Builder b = RequestContext.builder();
      if (node == null) {
        return b.build();
      }
      LocatedObject o = object(node, path);
      if (o == null) {
        return b.build();
      }
      for (LocatedObject.Entry e : o.entries()) {
        if (e.value() instanceof LocatedScalar s && s.kind() != ScalarKind.NULL) {
          b.put(e.key(), s.text());
        } else if (e.value() instanceof LocatedArray a) {
          List<String> values = new ArrayList<>();
          for (LocatedNode v : a.elements()) {
            if (v instanceof LocatedScalar s && s.kind() != ScalarKind.NULL) {
              values.add(s.text());
            } else {
              problems.add(v.location(), path.key(e.key()), "expected a string");
            }
          }
          b.putAll(e.key(), values);
        } else {
          problems.add(e.value().location(), path.key(e.key()), "expected a string or an array of strings");
        }
      }
      return b.build();
    }

    List<List<CompiledPolicy>> levels(LocatedNode node, NodePath path, String name) {
      List<List<CompiledPolicy>> out = new ArrayList<>();
      if (node == null) {
        return out;
      }
      if (!(node instanceof LocatedArray levels)) {
        problems.add(node.location(), path, "expected an array of organization levels");
        return out;
      }
      for (int i = 0; i < levels.elements().size(); i++) {
        List<CompiledPolicy> level = new ArrayList<>();
        for (PolicyDocument d : policyList(levels.elements().get(i), path.index(i), name + "-level" + i)) {
          level.add(CompiledPolicy.compile(d));
        }
        out.add(level);
      }
      return out;
    }

    List<PolicyDocument> policyList(LocatedNode node, NodePath path, String name) {
      List<PolicyDocument> out = new ArrayList<>();
      if (node == null) {
        return out;
      }
      if (!(node instanceof LocatedArray list)) {
        problems.add(node.location(), path, "expected an array of policies");
        return out;
      }
      for (int i = 0; i < list.elements().size(); i++) {
        PolicyDocument d = policy(list.elements().get(i), path.index(i), name + "-" + i);
        if (d != null) {
          out.add(d);
        }
      }
      return out;
    }

    PolicyDocument policy(LocatedNode node, NodePath path, String name) {
      if (node == null) {
        return null;
      }
      return policies.read(node, path, name, problems);
    }

    LocatedObject object(LocatedNode node, NodePath path) {
      if (node instanceof LocatedObject o) {
        return o;
      }
      problems.add(node == null ? new io.gatehouse.policy.SourceLocation(file.toString(), 0, 0) : node.location(),
          path, "expected an object");
      return null;
    }

    String string(LocatedObject o, String key, NodePath path, boolean required) {
      LocatedNode v = o.get(key);
      if (v == null) {
        if (required) {
          problems.add(o.location(), path.key(key), "missing \"" + key + "\"");
        }
        return null;
      }
      if (v instanceof LocatedScalar s && s.isString()) {
        return s.text();
      }
      problems.add(v.location(), path.key(key), "expected a string");
      return null;
    }
  }
}
