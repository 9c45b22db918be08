package io.gatehouse.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The agent's start-up time: the wall time of a whole JVM run of {@link StartupHost} (two {@code
 * @Authorize} calls), started with and without {@code -javaagent:agent/target/gatehouse-agent.jar=
 * benchmarks/agent/gatehouse.yaml}. Each measurement starts one JVM.
 *
 * <p>Run it in the repository root, after {@code mvn -B -pl agent,benchmarks -am package -DskipTests}:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar AgentStartupBenchmark -f 1 -wi 2 -i 10
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AgentStartupBenchmark {
  static final Path AGENT = Path.of("agent/target/gatehouse-agent.jar");
  static final Path CONFIG = Path.of("benchmarks/agent/gatehouse.yaml");

  /** Whether the host JVM starts with the agent. */
  @Param({"without", "with"})
  public String agent;

  private List<String> command;

  /** Builds the command line; refuses to run without the agent jar. */
  @Setup
  public void setUp() throws IOException {
    if (!Files.isRegularFile(AGENT) || !Files.isRegularFile(CONFIG)) {
      throw new IllegalStateException("run in the repository root after building the agent: " + AGENT);
    }
    command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (agent.equals("with")) {
      command.add("-javaagent:" + AGENT + "=" + CONFIG);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path").split(File.pathSeparator)[0]);
    command.add(StartupHost.class.getName());
  }

  /** Starts the host JVM and waits for it to end. */
  @Benchmark
  public int hostJvmRun() throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    int exit = p.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("the host JVM failed (" + exit + "): " + command);
    }
    return exit;
  }
}
