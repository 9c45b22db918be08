package io.gatehouse.benchmarks;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Authorizer;
import io.gatehouse.Decision;
import io.gatehouse.PolicySet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The latency of one Gatehouse decision, by size of the policy set ({@link Scenario}) and by
 * outcome ({@link Outcome}).
 *
 * <ul>
 *   <li>{@code decide}: {@link Authorizer#decide} on a request built once.
 *   <li>{@code buildRequestAndDecide}: the principal (from its ARN), a six-key context and the
 *       request built for every call, then decided: what an enforcement point pays per request.
 * </ul>
 *
 * <p>The policy set is generated, parsed and compiled once per trial; setup fails unless the
 * scenario's request gets the intended decision. The figures in {@code benchmarks/RESULTS.md} come
 * from these JMH options, in the repository root:
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar DecisionBenchmark -bm sample -f 1 -wi 3 -w 1s -i 5 \
 *     -r 1s -prof gc -rf json -rff benchmarks/results/DecisionBenchmark.json
 * </pre>
 *
 * <p>For the committed figures, {@code benchmarks/measure.sh DecisionBenchmark} ran these
 * options one configuration at a time ({@code -p scenario=... -p outcome=...}), waiting for other
 * processes on the machine to go quiet first and repeating a run they disturbed. Sample mode gives
 * the median and percentiles of single calls as well as the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBenchmark {
  @Param({"small", "medium", "large"})
  String scenario;

  @Param({"allow", "explicitDeny", "implicitDeny"})
  String outcome;

  private Authorizer authorizer;
  private PolicySet policies;
  private RequestFields fields;
  private AuthorizationRequest request;

  /**
   * Builds the policy set and the request, and checks the request's decision.
   *
   * @throws IllegalStateException if the request does not get the intended decision
   */
  @Setup
  public void setUp() {
    Scenario size = Scenario.named(scenario);
    Outcome expected = Outcome.named(outcome);
    authorizer = Authorizer.standard();
    policies = GatehouseFixture.policySet(size);
    fields = GatehouseFixture.request(expected);
    request = fields.toRequest();
    GatehouseFixture.requireOutcome(decide(), expected, size);
    GatehouseFixture.requireOutcome(buildRequestAndDecide(), expected, size);
  }

  /** Decides the prebuilt request. */
  @Benchmark
  public Decision decide() {
    return authorizer.decide(request, policies);
  }

  /** Builds the request from its parts, then decides it. */
  @Benchmark
  public Decision buildRequestAndDecide() {
    return authorizer.decide(fields.toRequest(), policies);
  }
}
