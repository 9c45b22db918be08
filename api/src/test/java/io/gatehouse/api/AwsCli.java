package io.gatehouse.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code aws} command (or another program, e.g. {@code python3} with boto3) as a
 * subprocess against an endpoint, isolated from the machine's AWS configuration: empty config and
 * credentials files, credentials only from the environment, region us-east-1, no instance
 * metadata, no pager.
 */
final class AwsCli {
  /** What a run printed and how it exited. */
  record Result(int exitCode, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\nstdout: " + stdout + "\nstderr: " + stderr;
    }
  }

  private final URI endpoint;
  private final Path home;

  AwsCli(URI endpoint, Path home) throws IOException {
    this.endpoint = endpoint;
    this.home = Files.createDirectories(home);
    Files.writeString(home.resolve("config"), "");
    Files.writeString(home.resolve("credentials"), "");
  }

  /** {@code aws ARGS --endpoint-url ENDPOINT --output json} with these credentials. */
  Result aws(String accessKeyId, String secret, String sessionToken, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", endpoint.toString(), "--output", "json"));
    return run(command, accessKeyId, secret, sessionToken);
  }

  /** Runs a program with the same isolated environment and credentials. */
  Result run(List<String> command, String accessKeyId, String secret, String sessionToken) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("AWS_"));
    env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
    env.put("AWS_ACCESS_KEY_ID", accessKeyId);
    env.put("AWS_SECRET_ACCESS_KEY", secret);
    if (sessionToken != null) {
      env.put("AWS_SESSION_TOKEN", sessionToken);
    }
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_PAGER", "");
    env.put("GATEHOUSE_ENDPOINT", endpoint.toString());
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
