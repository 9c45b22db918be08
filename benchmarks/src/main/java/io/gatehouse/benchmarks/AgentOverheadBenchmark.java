package io.gatehouse.benchmarks;

import io.gatehouse.Authorizer;
import io.gatehouse.Enforcer;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.AllowVolume;
import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.audit.RequestInfo;
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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What enforcing a method costs a call: the plain call; the same check made by hand before the call
 * ({@code checkThenCall}: the decision alone, the baseline of the others); the method with {@code
 * @Authorize} advised by the Gatehouse agent; a {@link java.lang.reflect.Proxy} and a Spring AOP
 * {@code MethodInterceptor} making the same check with an {@link Enforcer}. Every check decides
 * {@code billing:GetInvoice} on the invoice for the same principal against the same account and
 * audits with {@code allow: none} (the decision and the interception are measured, not the audit
 * file). The agent's own cost is {@code agentAdvisedCall} minus {@code checkThenCall}.
 *
 * <p>How the JIT compiles the decision depends on where it is called from: behind the advice it
 * shares a compilation with the agent's own code and is often inlined less well than behind the
 * hand-written check, by a margin that changes from one JVM run to the next. The {@code
 * ...DecisionApart} pair is the experimental control: the same two calls in JVMs told not to inline
 * the decision's entry points ({@code Enforcer}'s methods and {@code AccountAuthorizer.decide}), so that the decision is compiled on its own,
 * the same way in both, and their difference is the agent's work around it.
 *
 * <p>Run it with the agent, in the repository root, after {@code mvn -B -pl agent,benchmarks -am
 * package -DskipTests}:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar AgentOverheadBenchmark -f 3 -wi 5 -w 1s -i 5 -r 1s -prof gc \
 *     -jvmArgsAppend "-javaagent:agent/target/gatehouse-agent.jar=benchmarks/agent/gatehouse.yaml"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AgentOverheadBenchmark {
  static final String ACCOUNTS = "benchmarks/agent/billing.yaml";
  // The JVM options of the ...DecisionApart benchmarks: the decision's entry points (in the
  // benchmark's copy of the core classes and in the agent's) are never inlined into their callers.
  static final String QUIET = "-XX:CompileCommand=quiet";
  static final String ENFORCER_APART = "-XX:CompileCommand=dontinline,io.gatehouse.Enforcer::*";
  static final String AUTHORIZER_APART =
      "-XX:CompileCommand=dontinline,io.gatehouse.identity.AccountAuthorizer::decide";
  static final String ALICE = "arn:aws:iam::123456789012:user/alice";

  private InvoiceService plain;
  private InvoiceService advised;
  private InvoiceService proxied;
  private InvoiceService intercepted;
  private Enforcer enforcer;
  private Caller alice;
  private Log4jAuditTrail audit;
  private String invoiceId = "7";

  /** Builds the services; refuses to run the advised call without the agent. */
  @Setup
  public void setUp() {
    requireAgent();
    FileAccountStore store = FileAccountStore.open(List.of(Path.of(ACCOUNTS)));
    audit = Log4jAuditTrail.open(AuditOptions.inDirectory(Path.of("benchmarks/target/proxy-audit"))
        .withAllow(AllowVolume.parse("none")));
    enforcer = new Enforcer(new AccountAuthorizer(store::snapshot, Authorizer.standard(), ResourcePolicyProvider.NONE,
        Clock.systemUTC()), audit, EnforcementMode.ENFORCE, Clock.systemUTC());
    alice = Caller.asserted(Principal.fromArn(ALICE));
    plain = new PlainInvoices();
    advised = new AnnotatedInvoices();
    proxied = EnforcingProxy.wrap(new PlainInvoices(), enforcer, alice);
    intercepted = EnforcingInterceptor.wrap(new PlainInvoices(), enforcer, alice);
  }

  /** Closes the benchmark's own audit trail. */
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
    return plain.title(invoiceId);
  }

  /** The check written out before the call: the decision (and its audit) with nothing around it. */
  @Benchmark
  public String checkThenCall() {
    enforcer.enforce(alice, "billing:GetInvoice", "arn:billing:invoices::" + alice.principal().accountId()
        + ":invoice/" + invoiceId, RequestContext.empty(), EnforcementPoint.PROGRAMMATIC, RequestInfo.none());
    return plain.title(invoiceId);
  }

  /** The method with {@code @Authorize}, advised by the agent. */
  @Benchmark
  public String agentAdvisedCall() {
    return advised.title(invoiceId);
  }

  /** {@link #checkThenCall} with the decision compiled on its own (see {@link #ENFORCER_APART}). */
  @Benchmark
  @Fork(jvmArgsPrepend = {QUIET, ENFORCER_APART, AUTHORIZER_APART})
  public String checkThenCallDecisionApart() {
    return checkThenCall();
  }

  /** {@link #agentAdvisedCall} with the decision compiled on its own (see {@link #ENFORCER_APART}). */
  @Benchmark
  @Fork(jvmArgsPrepend = {QUIET, ENFORCER_APART, AUTHORIZER_APART})
  public String agentAdvisedCallDecisionApart() {
    return agentAdvisedCall();
  }

  /** The method behind a {@code java.lang.reflect.Proxy} that makes the same check. */
  @Benchmark
  public String proxyCall() {
    return proxied.title(invoiceId);
  }

  /** The method behind a Spring AOP proxy whose interceptor makes the same check. */
  @Benchmark
  public String springAopCall() {
    return intercepted.title(invoiceId);
  }
}
