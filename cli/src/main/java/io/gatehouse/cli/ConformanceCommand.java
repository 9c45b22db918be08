package io.gatehouse.cli;

import io.gatehouse.Authorizer;
import io.gatehouse.conformance.ConformanceResult;
import io.gatehouse.conformance.ConformanceSuite;
import io.gatehouse.policy.InvalidPolicyException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gatehouse conformance DIR...}: runs policy evaluation conformance cases. */
@Command(
    name = "conformance",
    description = {
      "Runs every conformance case file (*.json) under the given folders and prints each failing case.",
      "Ends with the line 'N passed, N failed'. Exit status 0 only if none failed."
    })
final class ConformanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders (or files) of case files.")
  List<Path> folders;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConformanceSuite suite;
    try {
      suite = ConformanceSuite.load(folders);
    } catch (InvalidPolicyException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (UncheckedIOException e) {
      err.println("gatehouse conformance: cannot read " + e.getCause().getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    int passed = 0;
    int failed = 0;
    for (ConformanceResult r : suite.run(Authorizer.standard())) {
      if (r.passed()) {
        passed++;
      } else {
        failed++;
        out.println("FAIL " + r.describeFailure());
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 && passed > 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
