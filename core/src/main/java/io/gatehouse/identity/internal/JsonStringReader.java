package io.gatehouse.identity.internal;

import io.gatehouse.policy.PolicyProblem;
import io.gatehouse.policy.SourceLocation;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.DocumentReader;
import io.gatehouse.policy.internal.parse.LocatedArray;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.ProblemList;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON document held in a string of the account file (a policy document as the IAM API
 * returns it, a JWKS). Positions inside the string mean nothing in the file, so every element of
 * the tree is located at the string, and a syntax error is reported there with its line and column
 * within the string.
 */
final class JsonStringReader {
  private final FieldReader fields;
  private final DocumentReader documents;

  JsonStringReader(FieldReader fields, DocumentReader documents) {
    this.fields = fields;
    this.documents = documents;
  }

  /**
   * Reads {@code json}, the content of {@code string} (possibly decoded).
   *
   * @param what how problems name the string's content, e.g. "policy document"
   * @return the tree located at the string, or null after problems
   */
  LocatedNode read(LocatedScalar string, String json, NodePath path, String what) {
    ProblemList inner = new ProblemList();
    LocatedNode root = documents.read(json, string.location().source(), DocumentFormat.JSON, inner);
    for (PolicyProblem p : inner.toList()) {
      String where = p.line() > 0 ? " (line " + p.line() + ", column " + p.column() + ")" : "";
      fields.problem(
          string, path, "the " + what + " string is not valid JSON" + where + ": " + p.message());
    }
    return root == null || !inner.isEmpty() ? null : relocated(root, string.location());
  }

  private static LocatedNode relocated(LocatedNode node, SourceLocation at) {
    if (node instanceof LocatedObject o) {
      List<LocatedObject.Entry> entries = new ArrayList<>(o.entries().size());
      for (LocatedObject.Entry e : o.entries()) {
        entries.add(new LocatedObject.Entry(e.key(), at, relocated(e.value(), at)));
      }
      return new LocatedObject(at, entries);
    }
    if (node instanceof LocatedArray a) {
      List<LocatedNode> elements = new ArrayList<>(a.elements().size());
      for (LocatedNode e : a.elements()) {
        elements.add(relocated(e, at));
      }
      return new LocatedArray(at, elements);
    }
    LocatedScalar s = (LocatedScalar) node;
    return new LocatedScalar(at, s.kind(), s.text());
  }
}
