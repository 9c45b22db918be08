package io.gatehouse.benchmarks;

import io.gatehouse.http.HttpEnforcement;
import io.gatehouse.http.HttpOutcome;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

/**
 * What the servlet filter costs per request without a container: {@link HttpEnforcement#handle} on
 * the request of the HTTP load benchmark ({@code benchmarks/http/measure-filter.sh}), {@code GET
 * /app/orders/1} signed once with SigV4 and replayed, matched to {@code shop:GetOrder} and allowed
 * by an identity policy. {@code allow} is the audit trail's volume of allows ({@code all}, the
 * default, writes every allowed request to the audit log; {@code none} writes denies only).
 *
 * <p>Run (from the repository root; a trial must end within the signature's 5 minutes):
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar FilterPipelineBenchmark -f 1 -wi 5 -i 5 -r 2s -w 2s
 * </pre>
 *
 * <p>Average time per request on one thread: the deciding thread's CPU time, plus the time it waited
 * for a core and, with {@code allow=all}, for the audit writer once its queue is full. The thread's
 * CPU time alone is printed after each iteration ({@link CpuTime}). Figures: the "HTTP filter"
 * section of {@code benchmarks/RESULTS.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class FilterPipelineBenchmark {
  static final String KEY_ID = "AKIABOB0000000000001";
  static final String SECRET = "bobSecretKey/K7MDENG/bPxRfiCYEXAMPLEKEY1";
  static final String HOST = "127.0.0.1:18080";
  static final String PATH = "/app/orders/1";
  static final String ACCOUNT = """
      AccountId: "123456789012"
      UserDetailList:
        - UserName: bob
          UserPolicyList:
            - PolicyName: orders
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - {Sid: Read, Effect: Allow, Action: shop:GetOrder, Resource: "arn:shop:orders::123456789012:order/*"}
                  - {Sid: NoDeletes, Effect: Deny, Action: shop:DeleteOrder, Resource: "*"}
      AccessKeys:
        - {UserName: bob, AccessKeyId: %s, SecretAccessKey: "%s"}
      """.formatted(KEY_ID, SECRET);
  static final String CONFIG = """
      accounts: [shop.yaml]
      audit: {directory: audit, allow: %s}
      routes:
        - {method: GET, path: "/catalog/{id}", action: shop:GetProduct, resource: "arn:shop:catalog::123456789012:product/{id}"}
        - {method: GET, path: "/orders/{id}", action: shop:GetOrder,
           resource: "arn:shop:orders::${aws:PrincipalAccount}:order/{id}"}
        - {method: PUT, path: "/orders/{id}", action: shop:PutOrder, resource: "arn:shop:orders::123456789012:order/{id}"}
        - {method: DELETE, path: "/orders/{id}", action: shop:DeleteOrder, resource: "arn:shop:orders::123456789012:order/{id}"}
      authentication:
        sigv4: {service: shop, regions: [us-east-1]}
      """;

  @Param({"all", "none"})
  public String allow;

  Path directory;
  HttpEnforcement enforcement;
  FilterExchange signed;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("gatehouse-filter-bench");
    Files.writeString(directory.resolve("shop.yaml"), ACCOUNT);
    Path config = directory.resolve("gatehouse.yaml");
    Files.writeString(config, CONFIG.formatted(allow));
    enforcement = HttpEnforcement.open(config);
    signed = new FilterExchange("GET", PATH, sign(Instant.now()));
    HttpOutcome outcome = enforcement.handle(signed);
    if (!outcome.proceeds()) {
      throw new IllegalStateException("the benchmark's request is not allowed: " + outcome.status());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    HttpOutcome last = enforcement.handle(signed);
    enforcement.close();
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    if (!last.proceeds()) {
      throw new IllegalStateException("the request was refused by the end of the trial (" + last.status()
          + "): the signature expired, shorten the trial");
    }
  }

  /** One signed, allowed request through the filter's pipeline. */
  @Benchmark
  public HttpOutcome signedAllowedRequest(CpuTime cpu) {
    cpu.calls++;
    return enforcement.handle(signed);
  }

  /**
   * The benchmark thread's CPU time per call, printed after each iteration ({@code cpu: N us/op}):
   * on a shared machine it varies less than the wall-clock average, which includes the time the
   * thread waited for a core (and, with {@code allow=all}, for the audit writer).
   */
  @State(Scope.Thread)
  public static class CpuTime {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long calls;
    private long start;

    @Setup(Level.Iteration)
    public void start() {
      calls = 0;
      start = threads.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void report() {
      long used = threads.getCurrentThreadCpuTime() - start;
      System.out.printf(java.util.Locale.ROOT, "cpu: %.2f us/op%n", used / 1000.0 / Math.max(1, calls));
    }
  }

  /** The headers wrk sends: {@code Host}, and the SigV4 {@code X-Amz-Date} and {@code Authorization}. */
  static Map<String, String> sign(Instant at) {
    String amzDate = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(at);
    String date = amzDate.substring(0, 8);
    String canonical = "GET\n" + PATH + "\n\nhost:" + HOST + "\nx-amz-date:" + amzDate + "\n\nhost;x-amz-date\n"
        + hex(sha256(new byte[0]));
    String scope = date + "/us-east-1/shop/aws4_request";
    String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
        + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + SECRET).getBytes(StandardCharsets.UTF_8), date);
    key = hmac(key, "us-east-1");
    key = hmac(key, "shop");
    key = hmac(key, "aws4_request");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", HOST);
    headers.put("X-Amz-Date", amzDate);
    headers.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + KEY_ID + "/" + scope
        + ", SignedHeaders=host;x-amz-date, Signature=" + hex(hmac(key, toSign)));
    return headers;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
