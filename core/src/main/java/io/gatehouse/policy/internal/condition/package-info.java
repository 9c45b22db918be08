/**
 * Condition operators: the registry of every IAM operator ({@link
 * io.gatehouse.policy.internal.condition.ConditionOperators}) and the compiled clauses ({@link
 * io.gatehouse.policy.internal.condition.CompiledCondition}) that the evaluator tests requests
 * against.
 */
package io.gatehouse.policy.internal.condition;
