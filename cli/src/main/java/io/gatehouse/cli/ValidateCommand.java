package io.gatehouse.cli;

import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyParser;
import io.gatehouse.policy.PolicyProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gatehouse validate FILE...}: checks policy documents and reports every problem. */
@Command(
    name = "validate",
    description = {
      "Checks IAM policy documents (JSON or YAML) and reports every problem as file:line:column: path: message.",
      "Folders are searched for *.json, *.yaml and *.yml files. Exit status 1 if any document has an error."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Policy files or folders.")
  List<Path> files = new ArrayList<>();

  @picocli.CommandLine.Option(names = "--account", arity = "1..*", paramLabel = "FILE",
      description = "Account files (users, groups, roles, policies, credentials) to check.")
  List<Path> accounts = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (files.isEmpty() && accounts.isEmpty()) {
      spec.commandLine().getErr().println("gatehouse validate: give policy files, or --account FILE");
      spec.commandLine().getErr().flush();
      return ExitCodes.BAD_INPUT;
    }
    PolicyParser parser = new PolicyParser();
    io.gatehouse.identity.AccountFiles accountFiles = new io.gatehouse.identity.AccountFiles();
    int fileCount = 0;
    int errorCount = 0;
    for (Path account : accounts) {
      fileCount++;
      try {
        accountFiles.read(account);
      } catch (InvalidPolicyException e) {
        for (PolicyProblem p : e.problems()) {
          out.println(p);
          errorCount++;
        }
      } catch (java.io.UncheckedIOException e) {
        out.println(account + ": cannot read: " + e.getCause().getMessage());
        errorCount++;
      }
    }
    for (Path file : expand(files)) {
      fileCount++;
      try {
        parser.parse(file);
      } catch (InvalidPolicyException e) {
        for (PolicyProblem p : e.problems()) {
          out.println(p);
          errorCount++;
        }
      } catch (java.io.UncheckedIOException e) {
        out.println(file + ": cannot read: " + e.getCause().getMessage());
        errorCount++;
      }
    }
    out.println(fileCount + " files, " + errorCount + " errors");
    out.flush();
    return errorCount == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> {
                String n = f.getFileName().toString();
                return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
              })
              .sorted()
              .forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
