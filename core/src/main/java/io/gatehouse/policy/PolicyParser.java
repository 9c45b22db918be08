package io.gatehouse.policy;

import io.gatehouse.policy.internal.ConditionSyntax;
import io.gatehouse.policy.internal.condition.ConditionOperators;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.DocumentReader;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.PolicyReader;
import io.gatehouse.policy.internal.parse.ProblemList;
import io.gatehouse.policy.internal.parse.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads IAM policy documents from JSON (exactly AWS's grammar) or YAML (the same keys and
 * structure) and validates them as IAM does.
 *
 * <p>Every problem in a document is collected and thrown together as an {@link
 * InvalidPolicyException}; each names the source, line, column and path of the offending element,
 * e.g. {@code orders.yaml:12:7: Statement[1].Effect: expected "Allow" or "Deny", found "Alow"}.
 * Only a syntax error stops the reading early, since the rest cannot then be read reliably. Nothing
 * of a rejected document is returned.
 *
 * <p>Documents are limited to 1 MiB of text and 64 levels of nesting; YAML is read without
 * constructing any Java object, its tags other than the plain data types are refused and its
 * aliases are capped. Instances are immutable and thread-safe.
 */
public final class PolicyParser {
  private final DocumentReader documents;
  private final PolicyReader policies;

  /** Creates a parser with the default limits and the standard condition operators. */
  public PolicyParser() {
    this(standardConditionSyntax());
  }

  /** Creates a parser that checks conditions with {@code conditionSyntax}; default limits. */
  PolicyParser(ConditionSyntax conditionSyntax) {
    this(conditionSyntax, ReadLimits.defaults());
  }

  /** Creates a parser with the given condition syntax and limits. */
  PolicyParser(ConditionSyntax conditionSyntax, ReadLimits limits) {
    this.documents = new DocumentReader(Objects.requireNonNull(limits, "limits"));
    this.policies = new PolicyReader(conditionSyntax);
  }

  /**
   * Parses a policy; the format follows the source name: YAML for {@code .yaml}/{@code .yml}, JSON
   * for {@code .json}, otherwise JSON if the text starts with an opening brace, else YAML.
   *
   * @param text the document
   * @param sourceName the document's name: its {@link PolicyDocument#name()} and the source of
   *     every problem
   * @throws InvalidPolicyException with every problem found, if the document is not a valid policy
   */
  public PolicyDocument parse(String text, String sourceName) {
    return parse(text, sourceName, DocumentFormat.of(sourceName, text));
  }

  /**
   * Parses a policy document that must be JSON.
   *
   * @throws InvalidPolicyException with every problem found, if the document is not a valid policy
   */
  public PolicyDocument parseJson(String text, String sourceName) {
    return parse(text, sourceName, DocumentFormat.JSON);
  }

  /**
   * Parses a policy document that must be YAML.
   *
   * @throws InvalidPolicyException with every problem found, if the document is not a valid policy
   */
  public PolicyDocument parseYaml(String text, String sourceName) {
    return parse(text, sourceName, DocumentFormat.YAML);
  }

  /**
   * Parses a UTF-8 policy file, choosing the format as {@link #parse(String, String)} does. The
   * source name is the path as given.
   *
   * @throws InvalidPolicyException with every problem found, if the file is not a valid policy
   *     (including a file over the size limit or not in UTF-8)
   * @throws UncheckedIOException if the file cannot be read
   */
  public PolicyDocument parse(Path file) {
    String sourceName = file.toString();
    ProblemList problems = new ProblemList();
    String text;
    try {
      text = documents.readText(file, sourceName, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy file " + sourceName, e);
    }
    problems.throwIfAny();
    return parse(text, sourceName);
  }

  private PolicyDocument parse(String text, String sourceName, DocumentFormat format) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    ProblemList problems = new ProblemList();
    LocatedNode root = documents.read(text, sourceName, format, problems);
    PolicyDocument document =
        root == null ? null : policies.read(root, NodePath.root(), sourceName, problems);
    problems.throwIfAny();
    return document;
  }

  /** The condition syntax of {@link #PolicyParser()}: the one place that chooses it. */
  static ConditionSyntax standardConditionSyntax() {
    return new ConditionOperators();
  }
}
