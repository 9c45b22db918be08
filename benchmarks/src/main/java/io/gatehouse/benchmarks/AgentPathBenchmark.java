package io.gatehouse.benchmarks;

import io.gatehouse.Authorizer;
import io.gatehouse.Decision;
import io.gatehouse.Enforcer;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.agent.bootstrap.GatehouseBridge;
import io.gatehouse.agent.enforce.AgentBridgeHandler;
import io.gatehouse.agent.enforce.Authorization;
import io.gatehouse.agent.enforce.BoundCaller;
import io.gatehouse.agent.enforce.CallEnforcer;
import io.gatehouse.agent.enforce.CheckEnforcement;
import io.gatehouse.agent.enforce.HostExceptions;
import io.gatehouse.agent.enforce.MethodRegistry;
import io.gatehouse.agent.enforce.MethodRule;
import io.gatehouse.agent.enforce.MethodSecurity;
import io.gatehouse.agent.enforce.ProgrammaticChecks;
import io.gatehouse.agent.enforce.ResourceTemplate;
import io.gatehouse.annotation.Authorize;
import io.gatehouse.audit.AllowVolume;
import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.store.FileAccountStore;
import io.gatehouse.sts.SecurityTokenService;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The agent's own work on an enforced call, apart from the decision: {@link AgentOverheadBenchmark}'s
 * two calls with the decision replaced by the same stand-in that only takes the check's inputs
 * ({@link TakenChecks}). {@code handWrittenCheck} is {@code checkThenCall} (the resource string built
 * by hand); {@code agentPath} is what the advice inlines at the start of {@code
 * AnnotatedInvoices.title} ({@code GatehouseBridge.enter(id, arguments)}), through the agent's real
 * bridge handler, method registry, caller resolution and resource template. Without the decision,
 * whose compiled form changes with where it is called from, their difference is the agent's cost
 * beyond the decision.
 *
 * <p>Run it without the agent (it installs the bridge's handler itself), in the repository root, after
 * {@code mvn -B -pl agent,benchmarks -am package -DskipTests}:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar AgentPathBenchmark -f 3 -wi 4 -w 1s -i 4 -r 1s -prof perfnorm
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AgentPathBenchmark {
  // Relative to the repository root, where the benchmarks run; tests run in the module's directory.
  String accountsFile = AgentOverheadBenchmark.ACCOUNTS;
  Path auditDirectory = Path.of("benchmarks/target/agent-path-audit");
  private final InvoiceService plain = new PlainInvoices();
  private final TakenChecks checks = new TakenChecks();
  private Caller alice;
  private Log4jAuditTrail audit;
  private int methodId;
  private String invoiceId = "7";

  /**
   * The stand-in for the decision: it keeps the check's inputs (so that nothing is optimised away)
   * and allows.
   */
  static final class TakenChecks implements CheckEnforcement {
    String action;
    String resource;
    RequestContext context;
    RequestInfo info;

    @Override
    public void enforce(Caller caller, String action, String resource, RequestContext context, RequestInfo info) {
      this.action = action;
      this.resource = resource;
      this.context = context;
      this.info = info;
    }

    @Override
    public void enforce(Caller caller, Decision decision, RequestInfo info) {
      throw new IllegalStateException("the benchmark's method makes no decision of its own: " + decision);
    }
  }

  /** Installs the agent's handler in the bridge, with the rule the agent makes for {@code AnnotatedInvoices.title}. */
  @Setup
  public void setUp() throws ReflectiveOperationException {
    FileAccountStore store = FileAccountStore.open(List.of(Path.of(accountsFile)));
    Clock clock = Clock.systemUTC();
    AccountAuthorizer authorizer = new AccountAuthorizer(store::snapshot, Authorizer.standard(),
        ResourcePolicyProvider.NONE, clock);
    BoundCaller callers = new BoundCaller(GatehouseBridge::boundContext, Optional.of(AgentOverheadBenchmark.ALICE),
        new SecurityTokenService(store, authorizer, clock, new SecureRandom()), clock);
    alice = Caller.asserted(Principal.fromArn(AgentOverheadBenchmark.ALICE));

    Authorize authorize = AnnotatedInvoices.class.getMethod("title", String.class).getAnnotation(Authorize.class);
    MethodRegistry registry = new MethodRegistry();
    methodId = registry.register(new MethodRule(AnnotatedInvoices.class.getName() + ".title", MethodSecurity.NONE,
        List.of(new Authorization(authorize.action(), ResourceTemplate.parse(authorize.resource())
            .bind(List.of("invoiceId")))), Map.of(), null, AnnotatedInvoices.class.getClassLoader()));
    HostExceptions exceptions = new HostExceptions();
    // Programmatic checks are part of the handler, not of this benchmark.
    audit = Log4jAuditTrail.open(AuditOptions.inDirectory(auditDirectory).withAllow(AllowVolume.parse("none")));
    Enforcer programmatic = new Enforcer(authorizer, audit, EnforcementMode.ENFORCE, clock);
    boolean installed = GatehouseBridge.install(new AgentBridgeHandler(
        new CallEnforcer(checks, store::snapshot, callers, registry, exceptions, clock),
        new ProgrammaticChecks(programmatic, callers, exceptions), Optional.empty()));
    if (!installed) {
      tearDown();
      throw new IllegalStateException("run AgentPathBenchmark without -javaagent: the agent's own handler is installed");
    }
    agentPath();
    String expected = "arn:billing:invoices::123456789012:invoice/" + invoiceId;
    if (!expected.equals(checks.resource) || !authorize.action().equals(checks.action)) {
      throw new IllegalStateException("the agent's path checked " + checks.action + " on " + checks.resource
          + ", not " + authorize.action() + " on " + expected);
    }
  }

  /** Closes the audit trail of the handler's programmatic checks. */
  @TearDown
  public void tearDown() {
    if (audit != null) {
      audit.close();
    }
  }

  /** The check written out before the call, with the stand-in for the decision. */
  @Benchmark
  public String handWrittenCheck() {
    checks.enforce(alice, "billing:GetInvoice", "arn:billing:invoices::" + alice.principal().accountId()
        + ":invoice/" + invoiceId, RequestContext.empty(), RequestInfo.none());
    return plain.title(invoiceId);
  }

  /** What the advice does before the body of {@code AnnotatedInvoices.title}, with the stand-in for the decision. */
  @Benchmark
  public String agentPath() {
    GatehouseBridge.enter(methodId, new Object[] {invoiceId});
    return plain.title(invoiceId);
  }
}
