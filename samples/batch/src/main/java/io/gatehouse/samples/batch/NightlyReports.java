package io.gatehouse.samples.batch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.FileUtils;

/**
 * The nightly job: {@code NightlyReports WORK_DIR} writes today's report under {@code
 * WORK_DIR/reports}, reads it back, and removes last month's reports in {@code WORK_DIR/archive}.
 *
 * <p>It has no Gatehouse code. Started with {@code -javaagent:gatehouse-agent.jar=gatehouse.yaml},
 * the {@code pointcuts} of that file make {@code FileUtils.writeStringToFile}, {@code
 * readFileToString} and {@code deleteDirectory} IAM actions, decided for the configured {@code
 * principal} and audited.
 */
public final class NightlyReports {
  private NightlyReports() {}

  /** Runs the job once. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: NightlyReports WORK_DIR");
      System.exit(2);
    }
    File work = new File(args[0]);
    File report = new File(new File(work, "reports"), "orders-2026-11-22.csv");
    FileUtils.writeStringToFile(report, "order,product,quantity\n1,teapot,1\n2,mug,4\n", StandardCharsets.UTF_8);
    System.out.println("wrote " + report);
    int lines = FileUtils.readFileToString(report, StandardCharsets.UTF_8).split("\n").length;
    System.out.println("read " + lines + " lines back");
    File archive = new File(work, "archive");
    FileUtils.deleteDirectory(archive);
    System.out.println("removed " + archive + ": " + !archive.exists());
  }
}
