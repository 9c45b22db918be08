package io.gatehouse.agent.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.AccessDeniedException;
import io.gatehouse.annotation.Authorize;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The test host application: compiled from the sources under {@code it-host} and {@code it-webapp}
 * into a directory, and started in a JVM of its own with the built agent.
 */
final class HostJvm {
  static final Path AGENT_JAR = Path.of(System.getProperty("gatehouse.agent.jar", "target/gatehouse-agent.jar"));
  static final Path HOST_BYTE_BUDDY = Path.of(System.getProperty("gatehouse.host.bytebuddy", "missing"));

  private HostJvm() {}

  /** What a finished JVM printed. */
  record Run(int exitCode, String stdout, String stderr) {
    /** The {@code RESULT name=value} lines, by name. */
    Map<String, String> results() {
      Map<String, String> out = new LinkedHashMap<>();
      stdout.lines().filter(l -> l.startsWith("RESULT ")).forEach(l -> {
        int eq = l.indexOf('=');
        out.put(l.substring(7, eq), l.substring(eq + 1));
      });
      return out;
    }
  }

  /** The compile and run class path of the host: its classes, the annotations, its own Gatehouse core and Byte Buddy. */
  static List<Path> libraries() {
    return List.of(location(Authorize.class), location(RolesAllowed.class), location(AccessDeniedException.class),
        HOST_BYTE_BUDDY);
  }

  /** Compiles the sources under a test resource directory into {@code out}, against {@link #libraries()}. */
  static Path compile(String resourceDir, Path out) throws IOException {
    return compile(resourceDir, out, libraries());
  }

  /** Compiles the sources under a test resource directory into {@code out}, against the class path. */
  static Path compile(String resourceDir, Path out, List<Path> classPath) throws IOException {
    Path sources = resource(resourceDir);
    List<String> files;
    try (Stream<Path> s = Files.walk(sources)) {
      files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
    }
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of("-parameters", "--release", "17", "-d", out.toString(), "-cp",
        classPath(classPath)));
    args.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertTrue(javac.run(null, null, null, args.toArray(String[]::new)) == 0, "the host compiles");
    return out;
  }

  /** Starts a JVM and waits for it (at most a minute). */
  static Run run(Path java, Path workDir, List<String> jvmArgs, List<Path> classPath, String mainClass,
      String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classPath(classPath));
    command.add(mainClass);
    command.addAll(List.of(args));
    Path out = workDir.resolve("stdout.txt");
    Path err = workDir.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the host JVM did not finish in 60 s: " + command);
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  static Path javaOfThisJvm() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  static String classPath(List<Path> entries) {
    return String.join(java.io.File.pathSeparator, entries.stream().map(Path::toString).toList());
  }

  static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(HostJvm.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
