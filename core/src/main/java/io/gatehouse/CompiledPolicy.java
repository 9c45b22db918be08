package io.gatehouse;

import io.gatehouse.internal.evaluation.CompiledStatement;
import io.gatehouse.internal.evaluation.StatementCompiler;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyDocument;
import java.util.List;

/**
 * A policy document with its matchers built once (wildcards, ARN patterns, CIDR blocks, dates,
 * numbers), ready to be placed in any number of {@link PolicySet}s. Immutable and thread-safe.
 */
public final class CompiledPolicy {
  private final PolicyDocument document;
  private final List<CompiledStatement> statements;

  private CompiledPolicy(PolicyDocument document, List<CompiledStatement> statements) {
    this.document = document;
    this.statements = statements;
  }

  /**
   * Compiles a document.
   *
   * @throws InvalidPolicyException if the document holds something that cannot be compiled (a
   *     document read by {@link io.gatehouse.policy.PolicyParser} has been checked already)
   */
  public static CompiledPolicy compile(PolicyDocument document) {
    return new CompiledPolicy(document, new StatementCompiler().compile(document));
  }

  /** The document this was compiled from. */
  public PolicyDocument document() {
    return document;
  }

  /** The policy's name, as decisions report it. */
  public String name() {
    return document.name();
  }

  List<CompiledStatement> statements() {
    return statements;
  }

  @Override
  public String toString() {
    return "CompiledPolicy[" + document.name() + "]";
  }
}
