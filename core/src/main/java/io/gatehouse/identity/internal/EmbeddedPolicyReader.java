package io.gatehouse.identity.internal;

import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.Statement;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.PolicyReader;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a policy document that sits inside an account file, as an object (as the AWS CLI prints
 * it) or as a string holding its JSON, which the IAM API returns URL-encoded ({@code
 * %7B%22Version%22...}): a string is percent-decoded unless it starts with {@code {}. Problems are
 * reported like any other of the file: for an object at the offending element, for a string at the
 * string itself, each with the path of the element inside the policy.
 */
final class EmbeddedPolicyReader {
  private final FieldReader fields;
  private final PolicyReader policies;
  private final JsonStringReader strings;

  EmbeddedPolicyReader(FieldReader fields, PolicyReader policies, JsonStringReader strings) {
    this.fields = fields;
    this.policies = policies;
    this.strings = strings;
  }

  /**
   * Reads the policy at {@code node}.
   *
   * @param name the name the document gets (decisions name the policy with it)
   * @return the document, or null after problems
   */
  PolicyDocument read(LocatedNode node, NodePath path, String name) {
    if (node instanceof LocatedObject) {
      return policies.read(node, path, name, fields.problems());
    }
    if (!(node instanceof LocatedScalar s && s.isString())) {
      fields.problem(
          node, path, "expected a policy object or a string holding one, found " + node.describe());
      return null;
    }
    String json = s.text().stripLeading().startsWith("{") ? s.text() : percentDecoded(s.text());
    if (json == null) {
      fields.problem(s, path, "malformed percent-encoding in the policy document string");
      return null;
    }
    LocatedNode root = strings.read(s, json, path, "policy document");
    return root == null ? null : policies.read(root, path, name, fields.problems());
  }

  /**
   * Reads an identity-based policy (inline, or a managed policy's version, which may also serve as
   * a permissions boundary) and applies IAM's rules for that kind, as {@code PutUserPolicy} and
   * {@code CreatePolicy} do: no statement names a {@code Principal}, and every statement names its
   * resources. A statement without {@code Resource} would otherwise apply to every resource.
   *
   * @return the document, or null after problems
   */
  PolicyDocument readIdentityPolicy(LocatedNode node, NodePath path, String name) {
    PolicyDocument doc = read(node, path, name);
    if (doc == null) {
      return null;
    }
    boolean valid = true;
    for (Statement s : doc.statements()) {
      NodePath at = path.key("Statement").index(s.index());
      if (s.principal().isPresent()) {
        fields.problems().add(s.location(), at,
            "an identity-based policy must not name a principal: has prohibited field "
                + (s.notPrincipal() ? "NotPrincipal" : "Principal"));
        valid = false;
      }
      if (!s.hasResourceElement()) {
        fields.problems().add(s.location(), at,
            "policy statement must contain resources: add \"Resource\" or \"NotResource\"");
        valid = false;
      }
    }
    return valid ? doc : null;
  }

  /**
   * RFC 3986 percent-decoding as the IAM API encodes policies: {@code %XX} is a byte of UTF-8 and
   * every other character stands for itself ({@code +} is not a space, unlike form encoding).
   *
   * @return the decoded text, or null if a {@code %} is not followed by two hex digits or the bytes
   *     are not UTF-8
   */
  static String percentDecoded(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
        int lo = hi < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
        if (lo < 0) {
          return null;
        }
        bytes.write(hi * 16 + lo);
        i += 3;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
