package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.Statement;
import io.gatehouse.policy.internal.ConditionSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates a policy document held in a {@link LocatedNode} tree and builds the immutable {@link
 * PolicyDocument}. The policy may be the whole document or sit anywhere inside a larger one (an
 * account file); problems carry paths under the given prefix and go to a shared {@link
 * ProblemList}, so a reader of a larger document can report every problem of every policy together.
 * Thread-safe.
 */
public final class PolicyReader {
  /** The keys AWS accepts at the top of a policy; case-sensitive. */
  static final List<String> KEYS = List.of("Version", "Id", "Statement");

  private final ConditionSyntax conditionSyntax;

  /** Creates a reader that checks condition operators and values with {@code conditionSyntax}. */
  public PolicyReader(ConditionSyntax conditionSyntax) {
    this.conditionSyntax = Objects.requireNonNull(conditionSyntax, "conditionSyntax");
  }

  /**
   * Reads the policy at {@code node}.
   *
   * @param node the policy object
   * @param path where {@code node} stands in its document, e.g. {@code
   *     UserDetailList[0].UserPolicyList[1].PolicyDocument}; {@link NodePath#root()} for a document
   *     that is just the policy
   * @param name the name the document gets
   * @param problems where every problem found is added
   * @return the document, or null if this policy had any problem
   */
  public PolicyDocument read(LocatedNode node, NodePath path, String name, ProblemList problems) {
    int before = problems.size();
    ValueReader values = new ValueReader(problems);
    LocatedObject policy = values.object(node, path, "a policy object");
    if (policy == null) {
      return null;
    }
    values.onlyKnownKeys(policy, path, KEYS, "key");

    String version = version(policy, path, values);
    LocatedNode idNode = policy.get("Id");
    String id = idNode == null ? null : values.string(idNode, path.key("Id"));

    boolean variablesEnabled = PolicyDocument.VERSION_2012_10_17.equals(version);
    StatementReader statements =
        new StatementReader(
            values, new ConditionReader(values, conditionSyntax, variablesEnabled), variablesEnabled);
    List<Statement> read = statements(policy, path, values, statements);

    if (problems.size() != before) {
      return null;
    }
    return new PolicyDocument(name, version, id, read);
  }

  private static String version(LocatedObject policy, NodePath path, ValueReader values) {
    LocatedNode node = policy.get("Version");
    if (node == null) {
      return null;
    }
    if (node instanceof LocatedScalar s
        && s.isString()
        && (s.text().equals(PolicyDocument.VERSION_2012_10_17)
            || s.text().equals(PolicyDocument.VERSION_2008_10_17))) {
      return s.text();
    }
    values.problem(
        node,
        path.key("Version"),
        "expected \"2012-10-17\" or \"2008-10-17\", found " + node.describe());
    return null;
  }

  private static List<Statement> statements(
      LocatedObject policy, NodePath path, ValueReader values, StatementReader reader) {
    List<Statement> out = new ArrayList<>();
    LocatedNode node = policy.get("Statement");
    NodePath statementPath = path.key("Statement");
    if (node == null) {
      values.problem(policy, path, "missing \"Statement\"");
    } else if (node instanceof LocatedObject) {
      add(out, reader.read(node, statementPath, 0));
    } else if (node instanceof LocatedArray a) {
      if (a.elements().isEmpty()) {
        values.problem(
            node, statementPath, "expected at least one statement, found an empty array");
      }
      List<NodePath> paths = new ArrayList<>();
      for (int i = 0; i < a.elements().size(); i++) {
        paths.add(statementPath.index(i));
        add(out, reader.read(a.elements().get(i), paths.get(i), i));
      }
      checkSids(a.elements(), paths, values);
    } else {
      values.problem(
          node,
          statementPath,
          "expected a statement object or an array of them, found " + node.describe());
    }
    return out;
  }

  private static void add(List<Statement> out, Statement s) {
    if (s != null) {
      out.add(s);
    }
  }

  /** IAM refuses a policy in which two statements share a Sid. */
  private static void checkSids(List<LocatedNode> nodes, List<NodePath> paths, ValueReader values) {
    Map<String, NodePath> firstUse = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) instanceof LocatedObject o
          && o.get("Sid") instanceof LocatedScalar sid
          && sid.isString()) {
        NodePath first = firstUse.putIfAbsent(sid.text(), paths.get(i));
        if (first != null) {
          values.problem(
              sid,
              paths.get(i).key("Sid"),
              "duplicate Sid " + LocatedScalar.quote(sid.text()) + " (also used by " + first + ")");
        }
      }
    }
  }
}
