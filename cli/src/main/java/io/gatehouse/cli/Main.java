package io.gatehouse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gatehouse} command: checks, simulates and tests IAM policies; serves the IAM and STS APIs. */
@Command(
    name = "gatehouse",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    version = "gatehouse 0.1.0",
    description = "AWS IAM's authorization model, inside Java applications.",
    subcommands = {
      ValidateCommand.class,
      SimulateCommand.class,
      ConformanceCommand.class,
      StsCommand.class,
      AuditCommand.class,
      ServeCommand.class
    })
public final class Main implements Runnable {

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line on the standard streams and returns its exit status. */
  public static int run(String... args) {
    return run(
        new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the command line, writing to the given streams, and returns its exit status. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.addSubcommand("iam", IamCommand.commandLine());
    cl.addSubcommand("help", new CommandLine.HelpCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("gatehouse: " + ex.getMessage());
          ex.getCommandLine().usage(ex.getCommandLine().getErr());
          return ExitCodes.BAD_INPUT;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
