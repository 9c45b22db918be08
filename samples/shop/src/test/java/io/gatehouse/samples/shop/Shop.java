package io.gatehouse.samples.shop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The shop started as {@code run.sh} starts it, and the tests' ways of calling it. */
final class Shop implements AutoCloseable {
  private final SampleProcess process;
  private final URI base;

  private Shop(SampleProcess process) {
    this.process = process;
    this.base = URI.create(process.ready().replaceAll("/$", ""));
  }

  /**
   * Copies the sample's {@code config/} into {@code work/config} and starts the shop there in its
   * own JVM, with the built agent jar, on a free port.
   */
  static Shop start(Path work) throws Exception {
    Path config = work.resolve("config");
    copy(Path.of(System.getProperty("sample.home")).resolve("config"), config);
    String classPath = System.getProperty("sample.jar") + java.io.File.pathSeparator
        + Files.readString(Path.of(System.getProperty("sample.classpath"))).strip();
    return new Shop(SampleProcess.start(List.of(SampleProcess.java(),
        "-javaagent:" + System.getProperty("gatehouse.agent.jar") + "=" + config.resolve("agent.yaml"),
        "-cp", classPath, ShopServer.class.getName(), config.resolve("gatehouse.yaml").toString(), "0"),
        work, "Shop listening on "));
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  URI base() {
    return base;
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }

  /** Runs curl; returns the body and the status code. */
  static List<String> curl(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("curl", "-s", "-w", "\n%{http_code}"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "curl finished");
    int nl = out.lastIndexOf('\n');
    return List.of(out.substring(0, nl), out.substring(nl + 1));
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
