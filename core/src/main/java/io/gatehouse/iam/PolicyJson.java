package io.gatehouse.iam;

import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.internal.PolicyDocumentWriter;

/**
 * A stored policy as compact JSON, the form IAM's responses carry in their {@code Document} and
 * {@code PolicyDocument} elements, and policy sizes as IAM measures them. Gatehouse keeps the
 * parsed policy rather than the submitted text, so the JSON is canonical (see {@link
 * PolicyDocumentWriter}); the policy it describes is the same.
 */
final class PolicyJson {
  private static final PolicyDocumentWriter WRITER = new PolicyDocumentWriter();

  private PolicyJson() {}

  /** The document as compact JSON. */
  static String write(PolicyDocument document) {
    return WRITER.toJson(document);
  }

  /** The number of characters of {@code text} that are not whitespace: how IAM measures policies. */
  static int size(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The size of a stored policy, measured on its JSON form. */
  static int size(PolicyDocument document) {
    return size(write(document));
  }
}
