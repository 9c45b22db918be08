package io.gatehouse.store.postgresql;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real, private PostgreSQL server for the tests: a throwaway cluster made with the Debian
 * binaries ({@code /usr/lib/postgresql/VERSION/bin}: {@code initdb}, {@code pg_ctl}) under {@code
 * target/}, on a free loopback port; when the tests run as root, the server runs as the {@code
 * postgres} OS user (initdb refuses root) with its cluster in the temporary directory. It is deleted
 * after it stops. Started once per test JVM and stopped when the JVM's tests end; each test
 * that asks for a {@code PostgresServer} parameter gets it, and makes its own database with {@link
 * #newDatabase()}. Missing binaries fail the tests (CI installs them): they are never skipped.
 */
final class PostgresServer implements ParameterResolver {
  private static final String USER = "gatehouse";

  private final Path dataDir;
  private final int port;
  private final Path bin;

  /** The extension itself, registered with {@code @ExtendWith}; it hands out the running server. */
  PostgresServer() {
    this(null, 0, null);
  }

  private PostgresServer(Path dataDir, int port, Path bin) {
    this.dataDir = dataDir;
    this.port = port;
    this.bin = bin;
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == PostgresServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return e.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent("postgres-server", k -> new Running(start()), Running.class).server;
  }

  /** A new, empty database; its JDBC URL. */
  String newDatabase() throws SQLException {
    String name = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  String user() {
    return USER;
  }

  private static PostgresServer start() {
    try {
      Path bin = binaries();
      boolean root = "root".equals(System.getProperty("user.name"));
      // As root the server runs as postgres, which may not be able to reach a checkout under a
      // private home directory: its cluster then lives in the temporary directory instead.
      Path dir = root ? Files.createTempDirectory("gatehouse-postgres-")
          : Files.createDirectories(Path.of("target", "postgres-" + UUID.randomUUID()).toAbsolutePath());
      if (root) {
        run(List.of("chown", "postgres:postgres", dir.toString()));
      }
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      run(asUser(root, List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
          "-U", USER, "-A", "trust", "--no-sync", "-E", "UTF8")));
      PostgresServer server = new PostgresServer(dir.resolve("data"), port, bin);
      run(asUser(root, List.of(bin.resolve("pg_ctl").toString(), "-D", server.dataDir.toString(), "-w",
          "-l", dir.resolve("server.log").toString(), "-o",
          "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
              + " -c synchronous_commit=off -c full_page_writes=off", "start")));
      return server;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("cannot start the test PostgreSQL server: " + e.getMessage(), e);
    }
  }

  private void stop() throws IOException {
    boolean root = "root".equals(System.getProperty("user.name"));
    try {
      run(asUser(root, List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate",
          "-w", "stop")));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the test PostgreSQL server", e);
    }
    try (Stream<Path> files = Files.walk(dataDir.getParent())) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static Path binaries() throws IOException {
    Path base = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(base)) {
      try (Stream<Path> versions = Files.list(base)) {
        List<Path> found = versions.map(v -> v.resolve("bin"))
            .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
            .sorted(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                .replaceAll("\\D", "0"))))
            .toList();
        if (!found.isEmpty()) {
          return found.get(found.size() - 1);
        }
      }
    }
    throw new IllegalStateException("PostgreSQL's initdb and pg_ctl are not installed under " + base
        + ": apt-get install -y postgresql (.ci/run does)");
  }

  private static List<String> asUser(boolean root, List<String> command) {
    if (!root) {
      return command;
    }
    List<String> out = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    out.addAll(command);
    return out;
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    File log = File.createTempFile("pg-command", ".log");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + command);
      }
      if (p.exitValue() != 0) {
        throw new IOException(command + " failed with " + p.exitValue() + ":\n" + Files.readString(log.toPath()));
      }
    } finally {
      log.delete();
    }
  }

  /** Stops the server when the test JVM's tests are done. */
  private record Running(PostgresServer server) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      server.stop();
    }
  }
}
