/**
 * Reading policy documents from text: a located document tree ({@link
 * io.gatehouse.policy.internal.parse.LocatedNode}) read from JSON or YAML, and the readers that
 * validate a policy in such a tree and build the immutable model.
 *
 * <p>Internal: the public entry point is {@link io.gatehouse.policy.PolicyParser}. The tree and
 * {@link io.gatehouse.policy.internal.parse.PolicyReader} are shaped so that readers of other
 * documents (an account file that embeds policies) can reuse them, sharing one {@link
 * io.gatehouse.policy.internal.parse.ProblemList}.
 */
package io.gatehouse.policy.internal.parse;
