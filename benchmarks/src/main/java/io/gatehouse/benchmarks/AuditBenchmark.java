package io.gatehouse.benchmarks;

import io.gatehouse.Authorizer;
import io.gatehouse.Decision;
import io.gatehouse.Enforcer;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.AllowVolume;
import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.audit.PrincipalIds;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.ResourcePolicyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of auditing a decision with the default asynchronous set-up ({@link Log4jAuditTrail}:
 * blocking {@code Async} appender, rolling JSON file), next to the same decision without auditing.
 *
 * <ul>
 *   <li>{@code decideWithoutAudit}: {@link Enforcer#decide} with {@link AuditTrail#none()}.
 *   <li>{@code decideAndAudit}: the same with the Log4j trail ({@code allow} = {@code all}, or
 *       {@code sampled(100)}).
 *   <li>{@code auditOnly}: {@link Log4jAuditTrail#decision} for a decision made once, i.e. building
 *       the record and handing it to the queue.
 *   <li>{@code pacedAndAudit} / {@code pacedWithoutAudit}: the same decisions with some application
 *       work before each, so that the writer keeps up; their difference is the deciding thread's
 *       share of auditing.
 * </ul>
 *
 * <p>Run (from the repository root):
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar AuditBenchmark -f 1 -wi 3 -i 5 -r 1s -w 1s
 * </pre>
 *
 * <p>Sample-time mode reports the median and the tail of single calls. In a tight loop the caller
 * outruns the file writer: once the queue is full every call waits for the writer, so the figures
 * are the sustained cost per event, not only the caller's share. Figures: {@code
 * benchmarks/AUDIT-RESULTS.md}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AuditBenchmark {
  /** Application work between paced decisions (JMH consumeCPU tokens, about 10 µs on the measured machine). */
  static final long PACE_TOKENS = 4000;
  static final String ORDER = "arn:shop:orders::123456789012:order/7";
  static final String ACCOUNT = """
      AccountId: "123456789012"
      UserDetailList:
        - UserName: alice
          UserId: AIDAALICE00000000001
          UserPolicyList:
            - PolicyName: orders
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - { Sid: ReadOrders, Effect: Allow, Action: "shop:Get*", Resource: "arn:shop:orders::123456789012:order/*" }
                  - { Sid: NoDeletes, Effect: Deny, Action: shop:DeleteOrder, Resource: "*" }
      """;

  /** The shop account, its authorizer and a caller. */
  @State(Scope.Benchmark)
  public static class Shop {
    Accounts accounts;
    AccountAuthorizer authorizer;
    Caller alice;
    RequestInfo info;

    @Setup
    public void setUp() {
      accounts = Accounts.of(new AccountFiles().read(ACCOUNT, "shop.yaml", null));
      authorizer = new AccountAuthorizer(() -> accounts, Authorizer.standard(), ResourcePolicyProvider.NONE,
          Clock.systemUTC());
      alice = Caller.withAccessKey(Principal.fromArn("arn:aws:iam::123456789012:user/alice"), "AKIAALICE0000000001");
      info = new RequestInfo(null, "203.0.113.7", "shop-web/1.0", Map.of("method", "GET", "path", "/orders/7"));
    }
  }

  /** An enforcer that audits nothing. */
  @State(Scope.Benchmark)
  public static class Unaudited {
    Enforcer enforcer;

    @Setup
    public void setUp(Shop shop) {
      enforcer = new Enforcer(shop.authorizer, AuditTrail.none(), EnforcementMode.ENFORCE, Clock.systemUTC());
    }
  }

  /** An enforcer auditing through the default Log4j trail in a temporary directory. */
  @State(Scope.Benchmark)
  public static class Audited {
    @Param({"all", "sampled(100)"})
    public String allow;

    Path directory;
    Log4jAuditTrail trail;
    Enforcer enforcer;
    DecisionEvent event;

    @Setup(Level.Trial)
    public void setUp(Shop shop) throws IOException {
      directory = Files.createTempDirectory("gatehouse-audit-bench");
      trail = Log4jAuditTrail.open(AuditOptions.inDirectory(directory).withAllow(AllowVolume.parse(allow)),
          PrincipalIds.of(() -> shop.accounts));
      enforcer = new Enforcer(shop.authorizer, trail, EnforcementMode.ENFORCE, Clock.systemUTC());
      Decision d = shop.authorizer.decide(shop.alice, "shop:GetOrder", ORDER, RequestContext.empty());
      event = new DecisionEvent(Instant.now(), "00000000-0000-4000-8000-000000000000", shop.alice, d,
          EnforcementPoint.FILTER, EnforcementMode.ENFORCE, shop.info);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      trail.close();
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  /** A decision without auditing. */
  @Benchmark
  public Decision decideWithoutAudit(Shop shop, Unaudited unaudited) {
    return unaudited.enforcer.decide(shop.alice, "shop:GetOrder", ORDER, RequestContext.empty(),
        EnforcementPoint.FILTER, shop.info);
  }

  /** A decision audited through the Log4j trail. */
  @Benchmark
  public Decision decideAndAudit(Shop shop, Audited audited) {
    return audited.enforcer.decide(shop.alice, "shop:GetOrder", ORDER, RequestContext.empty(),
        EnforcementPoint.FILTER, shop.info);
  }

  /**
   * Application work between decisions, so that the writer keeps up: the difference between this
   * and {@link #pacedWithoutAudit} is what auditing costs the deciding thread when the queue has room.
   */
  @Benchmark
  public Decision pacedAndAudit(Shop shop, Audited audited) {
    Blackhole.consumeCPU(PACE_TOKENS);
    return audited.enforcer.decide(shop.alice, "shop:GetOrder", ORDER, RequestContext.empty(),
        EnforcementPoint.FILTER, shop.info);
  }

  /** The same application work and decision, without auditing. */
  @Benchmark
  public Decision pacedWithoutAudit(Shop shop, Unaudited unaudited) {
    Blackhole.consumeCPU(PACE_TOKENS);
    return unaudited.enforcer.decide(shop.alice, "shop:GetOrder", ORDER, RequestContext.empty(),
        EnforcementPoint.FILTER, shop.info);
  }

  /** Auditing alone: the record built and handed to the queue. */
  @Benchmark
  public void auditOnly(Audited audited) {
    audited.trail.decision(audited.event);
  }
}
