package io.gatehouse.cli;

import io.gatehouse.iam.IamActionDescription;
import io.gatehouse.iam.IamActions;
import io.gatehouse.iam.IamException;
import io.gatehouse.iam.IamParameter;
import io.gatehouse.iam.IamService;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.PasswordPolicy;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.store.FileAccountStore;
import io.gatehouse.store.StoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One {@code gatehouse iam COMMAND}, made from an IAM action's description: each Query parameter
 * becomes the AWS CLI's option ({@link AwsCliNames}), the action runs through {@link IamActions}
 * on an account of the {@code --account} files (changes are saved to its file), and the result is
 * printed as the AWS CLI prints it: JSON with policy documents decoded, nothing for an action
 * without a result. A refusal prints AWS CLI's error line and exits 1.
 */
final class ActionCommand implements Callable<Integer> {
  private static final String CHANGE_PASSWORD = "ChangePassword";

  private final IamActionDescription action;
  private final Map<IamParameter, OptionSpec> parameterOptions = new LinkedHashMap<>();
  private CommandSpec spec;
  private OptionSpec accountFiles;
  private OptionSpec accountId;
  private OptionSpec caller;
  private AutoPagination pagination;
  private MfaBootstrap bootstrap;

  private ActionCommand(IamActionDescription action) {
    this.action = action;
  }

  /** The command for an action, with its options. */
  static CommandLine commandLine(IamActionDescription action) {
    ActionCommand command = new ActionCommand(action);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    command.spec = spec;
    spec.name(AwsCliNames.command(action.name()));
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
    spec.usageMessage().sortOptions(false).description(action.summary(), "IAM action: " + action.name());
    command.addOptions();
    return new CommandLine(spec);
  }

  private void addOptions() {
    for (IamParameter p : action.parameters()) {
      if (action.isPaginated() && (p.name().equals("Marker") || p.name().equals("MaxItems"))) {
        continue;
      }
      OptionSpec option = OptionOfParameter.of(p);
      spec.addOption(option);
      parameterOptions.put(p, option);
    }
    if (action.name().equals(CHANGE_PASSWORD)) {
      caller = OptionSpec.builder("--user-name").type(String.class).required(true).paramLabel("<value>")
          .description("The IAM user changing their own password (Gatehouse's addition: AWS takes the user from "
              + "the caller's credentials).").build();
      spec.addOption(caller);
    }
    if (action.name().equals(MfaBootstrap.ACTION)) {
      bootstrap = MfaBootstrap.addTo(spec);
    }
    if (action.isPaginated()) {
      pagination = AutoPagination.addTo(spec);
    }
    accountFiles = OptionSpec.builder("--account").type(List.class).auxiliaryTypes(Path.class).arity("1..*")
        .required(true).paramLabel("FILE").description("Account files; the change is saved to the account's file.")
        .build();
    accountId = OptionSpec.builder("--account-id").type(String.class).paramLabel("ID")
        .description("Which account of the files (default: the first file's).").build();
    spec.addOption(accountFiles);
    spec.addOption(accountId);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      QueryParameters query = new QueryParameters();
      parameterOptions.forEach((p, option) -> query.put(p, option.longestName(), option.getValue()));
      if (bootstrap != null) {
        bootstrap.check();
      }
      List<Path> files = accountFiles.getValue();
      try (FileAccountStore store = FileAccountStore.open(files)) {
        String id = chosenAccount(store, files, accountId.getValue());
        IamActions actions = new IamActions(new IamService(store, id, Clock.systemUTC(), new SecureRandom(),
            new PasswordHasher(), PasswordPolicy.defaults()));
        String callerName = caller == null ? null : caller.getValue();
        Map<String, Object> result = pagination == null
            ? actions.invoke(action.name(), query.asMap(), callerName)
            : pagination.run(q -> actions.invoke(action.name(), q, callerName), query.asMap());
        if (bootstrap != null) {
          Account account = store.snapshot().account(id).orElseThrow();
          result = bootstrap.deliver(result, account, query.asMap().get("VirtualMFADeviceName"), err);
        }
        if (!result.isEmpty()) {
          out.println(JsonOutput.render(PolicyDocumentDecoder.decode(result)));
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
      }
    } catch (IamException e) {
      err.println("An error occurred (" + e.code() + ") when calling the " + action.name() + " operation: "
          + e.getMessage());
      if (e.getCause() != null) {
        err.println("gatehouse iam: " + e.getCause().getMessage());
      }
      err.flush();
      return ExitCodes.FAILED;
    } catch (InvalidPolicyException e) {
      err.println(e.getMessage());
    } catch (IllegalArgumentException | UncheckedIOException | StoreException | NoSuchElementException e) {
      err.println("gatehouse iam " + spec.name() + ": " + e.getMessage());
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /** The account the command acts on: the one asked for, else the first file's. */
  private static String chosenAccount(FileAccountStore store, List<Path> files, String requested) {
    if (requested != null) {
      if (store.snapshot().account(requested).isEmpty()) {
        throw new IllegalArgumentException("--account-id: no account " + requested + " in the account files");
      }
      return requested;
    }
    for (Account a : store.snapshot().all()) {
      if (store.fileOf(a.accountId()).equals(files.get(0))) {
        return a.accountId();
      }
    }
    throw new NoSuchElementException("no account in " + files.get(0));
  }
}
