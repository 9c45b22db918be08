package io.gatehouse.benchmarks;

import io.gatehouse.Authorizer;
import io.gatehouse.Enforcer;
import io.gatehouse.Principal;
import io.gatehouse.audit.AllowVolume;
import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.store.FileAccountStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What enforcing a method costs a call: the plain call, the same method with {@code @Authorize}
 * advised by the Gatehouse agent, and a {@link java.lang.reflect.Proxy} making the same check with an
 * {@link Enforcer}. Both checks decide for the same principal against the same account, and audit
 * with {@code allow: none} (the decision and the interception, not the audit file, are measured).
 *
 * <p>Run it with the agent, in the repository root, after {@code mvn -B -pl agent,benchmarks -am
 * package -DskipTests}:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar AgentOverheadBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s \
 *     -jvmArgsAppend "-javaagent:agent/target/gatehouse-agent.jar=benchmarks/agent/gatehouse.yaml"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AgentOverheadBenchmark {
  static final String ACCOUNTS = "benchmarks/agent/billing.yaml";

  private InvoiceService plain;
  private InvoiceService advised;
  private InvoiceService proxied;
  private Log4jAuditTrail audit;

  /** Builds the three services; refuses to run the advised call without the agent. */
  @Setup
  public void setUp() {
    requireAgent();
    plain = new PlainInvoices();
    advised = new AnnotatedInvoices();
    proxied = proxy(Path.of(ACCOUNTS), Path.of("benchmarks/target/proxy-audit"), "arn:aws:iam::123456789012:user/alice");
  }

  InvoiceService proxy(Path accounts, Path auditDirectory, String principalArn) {
    FileAccountStore store = FileAccountStore.open(List.of(accounts));
    audit = Log4jAuditTrail.open(AuditOptions.inDirectory(auditDirectory).withAllow(AllowVolume.parse("none")));
    Enforcer enforcer = new Enforcer(new AccountAuthorizer(store::snapshot, Authorizer.standard(),
        ResourcePolicyProvider.NONE, Clock.systemUTC()), audit, EnforcementMode.ENFORCE, Clock.systemUTC());
    return EnforcingProxy.wrap(new PlainInvoices(), enforcer,
        Caller.asserted(Principal.fromArn(principalArn)));
  }

  /** Closes the proxy's audit trail. */
  @TearDown
  public void tearDown() {
    if (audit != null) {
      audit.close();
    }
  }

  private static void requireAgent() {
    try {
      Class.forName("io.gatehouse.agent.bootstrap.GatehouseBridge", false, null);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("run with -jvmArgsAppend \"-javaagent:agent/target/gatehouse-agent.jar="
          + "benchmarks/agent/gatehouse.yaml\": without the agent the advised call is not enforced");
    }
  }

  /** The method alone. */
  @Benchmark
  public String plainCall() {
    return plain.title("7");
  }

  /** The method with {@code @Authorize}, advised by the agent. */
  @Benchmark
  public String agentAdvisedCall() {
    return advised.title("7");
  }

  /** The method behind a proxy that makes the same check. */
  @Benchmark
  public String proxyCall() {
    return proxied.title("7");
  }
}
