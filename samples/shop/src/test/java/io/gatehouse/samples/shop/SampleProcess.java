package io.gatehouse.samples.shop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A program the tests start in its own process, as a user would from a terminal: its output is
 * collected, and {@link #start} returns once it printed the line that says it serves.
 */
final class SampleProcess implements AutoCloseable {
  private final Process process;
  private final StringBuilder output = new StringBuilder();
  private final String ready;

  private SampleProcess(List<String> command, Path directory, String readyPrefix) throws Exception {
    process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    CompletableFuture<String> started = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          synchronized (output) {
            output.append(line).append('\n');
          }
          if (line.startsWith(readyPrefix)) {
            started.complete(line.substring(readyPrefix.length()));
          }
        }
      } catch (IOException e) {
        started.completeExceptionally(e);
      }
      started.completeExceptionally(new IllegalStateException(command.get(command.size() - 1) + " stopped:\n" + output()));
    });
    reader.setDaemon(true);
    reader.start();
    ready = started.get(90, TimeUnit.SECONDS);
  }

  /** Starts {@code command} in {@code directory}; returns once a line starts with {@code readyPrefix}. */
  static SampleProcess start(List<String> command, Path directory, String readyPrefix) throws Exception {
    return new SampleProcess(command, directory, readyPrefix);
  }

  /** The rest of the line that said the program serves, e.g. its URL. */
  String ready() {
    return ready;
  }

  /** Everything the program printed so far. */
  String output() {
    synchronized (output) {
      return output.toString();
    }
  }

  /** The {@code java} of the JVM running the tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
