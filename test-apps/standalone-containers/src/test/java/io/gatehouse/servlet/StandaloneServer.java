package io.gatehouse.servlet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A servlet container running in a process of its own, started the way an operator starts it, with
 * a web application archive deployed under {@code /app}. Everything it writes (its console and its
 * log files) stays in its base directory under {@code target/servers}. Closing it stops the process
 * and every process it started.
 */
final class StandaloneServer implements TestServer {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final String name;
  private final Process process;
  private final Path baseDir;
  private final URI base;
  // Ends the server if the test JVM exits without closing it (killed by a time-out, say).
  private final Thread reaper;

  private StandaloneServer(String name, Process process, Path baseDir, URI base) {
    this.name = name;
    this.process = process;
    this.baseDir = baseDir;
    this.base = base;
    this.reaper = new Thread(() -> {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }, name + "-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts the command in the base directory, its console written to {@code console.log}, and waits
   * until the console shows the line that says the server has started.
   *
   * @throws AssertionError if the process ends first, or the line does not come within 90 seconds
   */
  static StandaloneServer start(String name, ProcessBuilder command, Path baseDir, int port, Pattern started)
      throws IOException, InterruptedException {
    Path console = baseDir.resolve("console.log");
    Process p = command.directory(baseDir.toFile()).redirectErrorStream(true)
        .redirectOutput(console.toFile()).start();
    StandaloneServer server = new StandaloneServer(name, p, baseDir,
        URI.create("http://127.0.0.1:" + port + TestServer.CONTEXT));
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (started.matcher(Files.readString(console)).find()) {
        return server;
      }
      if (p.waitFor(200, TimeUnit.MILLISECONDS)) {
        server.close();
        String log = server.log();
        if (log.contains("Address already in use")) {
          throw new PortTaken(port);
        }
        throw new AssertionError(name + " ended with " + p.exitValue() + " before it started: " + command.command()
            + "\n" + log);
      }
    }
    server.close();
    throw new AssertionError(name + " did not start within " + START_TIMEOUT + ": " + command.command() + "\n"
        + server.log());
  }

  /** Thrown when the server could not bind the port it was given: another process took it meanwhile. */
  static final class PortTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PortTaken(int port) {
      super("port " + port + " was taken before the server bound it");
    }
  }

  /** A fresh base directory for a server, under {@code target/servers}. */
  static Path newBaseDir(String name) throws IOException {
    Path servers = Files.createDirectories(Path.of(System.getProperty("gatehouse.test.servers", "target/servers")));
    return Files.createTempDirectory(servers.toAbsolutePath(), name + "-");
  }

  /** A TCP port nothing listens on now, for the server to bind. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** The java command of the JVM running the tests. */
  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  @Override
  public URI base() {
    return base;
  }

  /** Everything the server has logged so far: its console, then every file under {@code logs/}. */
  String log() {
    try {
      StringBuilder b = new StringBuilder(Files.readString(baseDir.resolve("console.log")));
      Path logs = baseDir.resolve("logs");
      if (Files.isDirectory(logs)) {
        try (Stream<Path> files = Files.list(logs)) {
          for (Path f : files.sorted().toList()) {
            b.append("\n--- ").append(f.getFileName()).append('\n').append(Files.readString(f));
          }
        }
      }
      return b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server (forcibly if it has not ended 20 seconds after being asked to), and what it started. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to: it ends the server.
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      children.forEach(ProcessHandle::destroyForcibly);
    }
  }

  @Override
  public String toString() {
    return name + " at " + base + " (" + baseDir + ")";
  }
}
