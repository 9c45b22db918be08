package io.gatehouse.benchmarks;

import io.gatehouse.benchmarks.CasbinFixture.CasbinRequest;
import java.util.concurrent.TimeUnit;
import org.casbin.jcasbin.main.Enforcer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The latency of one jCasbin {@code enforce} call on an RBAC model with deny, of the same sizes
 * ({@link Scenario}) and outcomes ({@link Outcome}) as {@link DecisionBenchmark}: the reference a
 * Java user would otherwise pick. jCasbin's request is three strings, so there is nothing to build
 * per call beyond its varargs array.
 *
 * <p>The enforcer is built once per trial; setup fails unless the scenario's request gets the
 * intended answer. The figures in {@code benchmarks/RESULTS.md} come from these JMH options, in the
 * repository root:
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar JCasbinBenchmark -bm sample -f 1 -wi 3 -w 1s -i 5 \
 *     -r 1s -prof gc -rf json -rff benchmarks/results/JCasbinBenchmark.json
 * </pre>
 *
 * <p>For the committed figures, {@code benchmarks/measure.sh JCasbinBenchmark} ran these
 * options one configuration at a time ({@code -p scenario=... -p outcome=...}), waiting for other
 * processes on the machine to go quiet first and repeating a run they disturbed. Sample mode gives
 * the median and percentiles of single calls as well as the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JCasbinBenchmark {
  @Param({"small", "medium", "large"})
  String scenario;

  @Param({"allow", "explicitDeny", "implicitDeny"})
  String outcome;

  private Enforcer enforcer;
  private CasbinRequest request;

  /**
   * Builds the enforcer and checks the request's answer.
   *
   * @throws IllegalStateException if the request does not get the intended answer
   */
  @Setup
  public void setUp() {
    Scenario size = Scenario.named(scenario);
    Outcome expected = Outcome.named(outcome);
    enforcer = CasbinFixture.enforcer(size);
    request = CasbinFixture.request(expected);
    CasbinFixture.requireOutcome(enforce(), expected, size);
  }

  /** Enforces the request. */
  @Benchmark
  public boolean enforce() {
    return enforcer.enforce(request.subject(), request.object(), request.action());
  }
}
