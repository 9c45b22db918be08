package io.gatehouse.cli;

import io.gatehouse.iam.IamActionDescription;
import io.gatehouse.iam.IamActions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gatehouse iam COMMAND}: AWS IAM's administration actions on account files, with the AWS
 * CLI's command names, options and JSON output. The commands are made from {@link
 * IamActions#catalog()}, one per action.
 */
@Command(name = "iam",
    description = {"Administer the account in account files as `aws iam` does: the AWS CLI's commands, options "
        + "and JSON output. Changes are saved to the account file.",
        "Exit status: 0 done, 1 refused by IAM (the AWS CLI uses 254), 2 bad options or input files."},
    synopsisSubcommandLabel = "COMMAND")
final class IamCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  /** The {@code iam} command with one subcommand per IAM action. */
  static CommandLine commandLine() {
    CommandLine iam = new CommandLine(new IamCommand());
    for (IamActionDescription action : IamActions.catalog()) {
      CommandLine command = ActionCommand.commandLine(action);
      iam.addSubcommand(command.getCommandName(), command);
    }
    return iam;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
