package io.gatehouse.samples.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the nightly job as its README does (its own JVM with the built agent jar and the sample's
 * {@code gatehouse.yaml}, copied to a temporary directory) and checks what it prints and audits.
 */
class BatchIT {
  static final String ROLE_SESSION = "arn:aws:sts::123456789012:assumed-role/nightly-reports/batch";

  @TempDir
  Path work;

  @Test
  void reportOnlyAuditsTheDenyAndTheCallGoesOn() throws Exception {
    Run run = run("report-only");
    assertEquals(0, run.exitCode(), run.output());
    String archive = work.resolve("data/archive").toString();
    assertTrue(run.output().contains("wrote " + work.resolve("data/reports/orders-2026-11-22.csv") + "\n"
        + "read 3 lines back\n" + "removed " + archive + ": true\n"), run.output());
    assertFalse(Files.exists(work.resolve("data/archive")));

    List<String> events = audit();
    String delete = events.stream().filter(e -> e.contains("\"eventName\":\"DeleteDirectory\"")).findFirst().orElseThrow();
    assertTrue(delete.contains("\"errorMessage\":\"User: " + ROLE_SESSION + " is not authorized to perform: "
        + "files:DeleteDirectory on resource: arn:batch:files:::" + archive + " because no identity-based policy "
        + "allows the files:DeleteDirectory action\""), delete);
    assertTrue(delete.contains("\"decision\":\"ImplicitDeny\""), delete);
    assertTrue(delete.contains("\"enforcementPoint\":\"agent\",\"mode\":\"report-only\""), delete);
    assertTrue(delete.contains("\"requestParameters\":{\"method\":\"org.apache.commons.io.FileUtils.deleteDirectory\"}"),
        delete);
    String read = events.stream().filter(e -> e.contains("\"eventName\":\"ReadFile\"")).findFirst().orElseThrow();
    assertTrue(read.contains("\"decision\":\"Allow\""), read);
    assertTrue(read.contains("\"type\":\"AssumedRole\""), read);
  }

  @Test
  void enforcedTheDeleteIsRefused() throws Exception {
    Run run = run("enforce");
    assertEquals(1, run.exitCode(), run.output());
    assertTrue(run.output().contains("read 3 lines back\n"), run.output());
    assertTrue(run.output().contains("io.gatehouse.AccessDeniedException: User: " + ROLE_SESSION
        + " is not authorized to perform: files:DeleteDirectory on resource: arn:batch:files:::"
        + work.resolve("data/archive") + " because no identity-based policy allows the files:DeleteDirectory action"),
        run.output());
    assertTrue(Files.exists(work.resolve("data/archive/orders-2026-10-01.csv")), "the archive is still there");
  }

  record Run(int exitCode, String output) {}

  Run run(String mode) throws Exception {
    Path config = work.resolve("config");
    copy(Path.of(System.getProperty("sample.home")).resolve("config"), config);
    Path yaml = config.resolve("gatehouse.yaml");
    String text = Files.readString(yaml);
    assertTrue(text.contains("mode: report-only"), "the sample runs report-only");
    Files.writeString(yaml, text.replace("mode: report-only", "mode: " + mode));
    Files.createDirectories(work.resolve("data/archive"));
    Files.writeString(work.resolve("data/archive/orders-2026-10-01.csv"), "order,product,quantity\n");
    String classPath = System.getProperty("sample.jar") + File.pathSeparator
        + Files.readString(Path.of(System.getProperty("sample.classpath"))).strip();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-javaagent:" + System.getProperty("gatehouse.agent.jar") + "=" + yaml, "-cp", classPath,
        NightlyReports.class.getName(), work.resolve("data").toString())
        .directory(work.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the job finished");
    return new Run(p.exitValue(), output);
  }

  /** The audit events: the JVM has exited, so the trail has written them all. */
  List<String> audit() throws IOException {
    return Files.readAllLines(work.resolve("target/audit/gatehouse-audit.log"));
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
