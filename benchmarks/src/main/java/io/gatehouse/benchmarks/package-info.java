/**
 * JMH benchmarks of the decision latency: {@link io.gatehouse.benchmarks.DecisionBenchmark} for
 * Gatehouse and {@link io.gatehouse.benchmarks.JCasbinBenchmark} for jCasbin, the reference a Java
 * user would otherwise pick, over policy sets of three sizes ({@link
 * io.gatehouse.benchmarks.Scenario}) and the three outcomes of a decision ({@link
 * io.gatehouse.benchmarks.Outcome}). The policies are generated in code from a fixed seed, so every
 * run measures the same fixtures; figures are in {@code benchmarks/RESULTS.md}.
 */
package io.gatehouse.benchmarks;
