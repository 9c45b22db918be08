package com.example.orders;

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
 * The application's executable jar run as {@code java -jar app.jar --server.port=0
 * --gatehouse.config=gatehouse.yaml} in a JVM of its own, in the directory of its configuration: the
 * port is read from Spring Boot's {@code Tomcat started on port N} line, requests are sent with
 * {@link HttpClient}, and the JVM is stopped when closed.
 */
final class ApplicationJvm implements AutoCloseable {
  static final Path JAR = Path.of(System.getProperty("gatehouse.app.jar", "missing.jar"));
  private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final Path dir;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ApplicationJvm(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  /** How a JVM that ended ended: its exit code and everything it printed. */
  record Ended(int exitCode, String output) {}

  /**
   * Starts the application over {@code gatehouse.yaml} in the directory and waits until Tomcat listens.
   *
   * @throws AssertionError if the JVM ends first, or does not listen within two minutes
   */
  static ApplicationJvm start(Path dir) throws IOException, InterruptedException {
    Process p = launch(dir);
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = STARTED.matcher(Files.readString(dir.resolve("output.txt")));
      if (m.find()) {
        return new ApplicationJvm(p, dir, Integer.parseInt(m.group(1)));
      }
      if (p.waitFor(200, TimeUnit.MILLISECONDS)) {
        throw new AssertionError("the application ended with " + p.exitValue() + " before listening:\n"
            + Files.readString(dir.resolve("output.txt")));
      }
    }
    p.destroyForcibly();
    throw new AssertionError("the application did not listen within " + START_TIMEOUT + ":\n"
        + Files.readString(dir.resolve("output.txt")));
  }

  /**
   * Starts the application over {@code gatehouse.yaml} in the directory and waits (two minutes at
   * most) for it to end by itself, as it must when it cannot start.
   */
  static Ended runToEnd(Path dir) throws IOException, InterruptedException {
    Process p = launch(dir);
    if (!p.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("the application did not end within " + START_TIMEOUT + ":\n"
          + Files.readString(dir.resolve("output.txt")));
    }
    return new Ended(p.exitValue(), Files.readString(dir.resolve("output.txt")));
  }

  private static Process launch(Path dir) throws IOException {
    // C1 only: the JVM starts sooner on a small shared machine, and these tests measure no speed.
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString(), "--server.port=0", "--server.address=127.0.0.1",
        "--gatehouse.config=gatehouse.yaml"));
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("output.txt").toFile()).start();
  }

  /** The address of a path (and query) on the application, taken as it is, unnormalized. */
  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Sends a request with the given method, headers and no body. */
  HttpResponse<String> send(String method, String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Everything the application printed so far (Spring Boot logs to standard output). */
  String output() throws IOException {
    return Files.readString(dir.resolve("output.txt"));
  }

  /**
   * Waits (15 seconds at most: the audit trail writes from its own thread) for an audit event that
   * contains every one of the given strings, in the configuration's {@code audit: {directory: audit}}.
   *
   * @return the event
   * @throws AssertionError if none is written in time
   */
  String awaitAuditEvent(String... parts) throws IOException, InterruptedException {
    Path log = dir.resolve("audit/gatehouse-audit.log");
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

  /** The whole audit trail so far. */
  String auditTrail() throws IOException {
    Path log = dir.resolve("audit/gatehouse-audit.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  /** Stops the application (forcibly if it has not ended 20 seconds after being asked to). */
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
