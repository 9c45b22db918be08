package io.gatehouse.agent.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server started in a JVM of its own (under the agent): waits for the {@code LISTENING <port>} line
 * the server prints once it accepts connections, sends it HTTP requests with {@link HttpClient}, and
 * stops it when closed.
 */
final class ServerJvm implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("(?m)^LISTENING (\\d+)$");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Process process;
  private final Path workDir;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ServerJvm(Process process, Path workDir, int port) {
    this.process = process;
    this.workDir = workDir;
    this.port = port;
  }

  /** An HTTP response's status and body. */
  record Response(int status, String body) {}

  /**
   * Starts the command in the directory and waits until the server listens.
   *
   * @throws AssertionError if the JVM ends or does not listen within 90 seconds
   */
  static ServerJvm start(List<String> command, Path workDir) throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    Path out = workDir.resolve("stdout.txt");
    Path err = workDir.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = LISTENING.matcher(Files.readString(out));
      if (m.find()) {
        return new ServerJvm(p, workDir, Integer.parseInt(m.group(1)));
      }
      if (p.waitFor(200, TimeUnit.MILLISECONDS)) {
        throw new AssertionError("the server JVM ended with " + p.exitValue() + " before listening: "
            + command + "\n" + Files.readString(out) + Files.readString(err));
      }
    }
    p.destroyForcibly();
    throw new AssertionError("the server JVM did not listen within " + START_TIMEOUT + ": " + command + "\n"
        + Files.readString(out) + Files.readString(err));
  }

  /** The java command with the agent and its configuration {@code gatehouse.yaml} in the working directory. */
  static List<String> javaWithAgent(Path java, String... rest) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-javaagent:" + HostJvm.AGENT_JAR.toAbsolutePath() + "=gatehouse.yaml");
    command.addAll(List.of(rest));
    return command;
  }

  /** Sends a request with the given method and headers to a path of the server. */
  Response send(String method, String path, Map<String, String> headers) throws IOException, InterruptedException {
    HttpResponse<String> r = exchange(method, path, headers);
    return new Response(r.statusCode(), r.body());
  }

  /** Sends a GET request; the whole response, headers included. */
  HttpResponse<String> raw(String path, Map<String, String> headers) throws IOException, InterruptedException {
    return exchange("GET", path, headers);
  }

  private HttpResponse<String> exchange(String method, String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The address of a path on this server. */
  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Sends a request built by the caller (with a body, say). */
  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  Response get(String path) throws IOException, InterruptedException {
    return send("GET", path, Map.of());
  }

  /** What the server printed on standard error so far. */
  String stderr() throws IOException {
    return Files.readString(workDir.resolve("stderr.txt"));
  }

  /**
   * Waits (at most 15 seconds: the audit trail writes through an asynchronous queue) for an audit
   * event that contains every one of the given strings, in the configuration's {@code audit:
   * {directory: audit}}.
   *
   * @return the event
   * @throws AssertionError if none is written in time
   */
  String awaitAuditEvent(String... parts) throws IOException, InterruptedException {
    Path log = workDir.resolve("audit/gatehouse-audit.log");
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    List<String> events = List.of();
    while (System.nanoTime() < deadline) {
      events = Files.exists(log) ? Files.readAllLines(log) : List.of();
      for (String e : events) {
        if (List.of(parts).stream().allMatch(e::contains)) {
          return e;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no audit event with " + List.of(parts) + " among " + events);
  }

  /** Stops the server JVM (forcibly if it has not ended 20 seconds after being asked to). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
