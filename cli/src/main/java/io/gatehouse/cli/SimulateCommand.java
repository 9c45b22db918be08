package io.gatehouse.cli;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Authorizer;
import io.gatehouse.CompiledPolicy;
import io.gatehouse.Decision;
import io.gatehouse.DeterminingStatement;
import io.gatehouse.PolicySet;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PolicyParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gatehouse simulate}: decides one request against policy files, the analogue of {@code aws
 * iam simulate-custom-policy}.
 */
@Command(
    name = "simulate",
    description = {
      "Decides one request against policy files, as AWS IAM would.",
      "Prints the decision (Allow, ExplicitDeny or ImplicitDeny) on the first line.",
      "Exit status: 0 Allow, 1 a deny, 2 bad input."
    })
final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--policy", arity = "1..*", paramLabel = "FILE",
      description = "Identity-based policies of the principal.")
  List<Path> policies = new ArrayList<>();

  @Option(names = "--resource-policy", paramLabel = "FILE", description = "The resource-based policy.")
  Path resourcePolicy;

  @Option(names = "--boundary", paramLabel = "FILE", description = "The permissions boundary.")
  Path boundary;

  @Option(names = "--session-policy", arity = "1..*", paramLabel = "FILE", description = "Session policies.")
  List<Path> sessionPolicies = new ArrayList<>();

  @Option(names = "--scp", arity = "1..*", paramLabel = "FILE[,FILE...]",
      description = "Service control policies, one organization level per value (root first); "
          + "several policies of one level separated by commas.")
  List<String> scpLevels = new ArrayList<>();

  @Option(names = "--rcp", arity = "1..*", paramLabel = "FILE[,FILE...]",
      description = "Resource control policies, one organization level per value (root first).")
  List<String> rcpLevels = new ArrayList<>();

  @Option(names = "--principal", required = true, paramLabel = "ARN",
      description = "The caller: user, role session, federated user or account root ARN.")
  String principal;

  @Option(names = "--action", required = true, paramLabel = "NAME", description = "e.g. shop:GetOrder")
  String action;

  @Option(names = "--resource", required = true, paramLabel = "ARN", description = "The resource ARN.")
  String resource;

  @Option(names = "--resource-account", paramLabel = "ID",
      description = "The account that owns the resource, when its ARN has none.")
  String resourceAccount;

  @Option(names = "--context", arity = "1..*", paramLabel = "KEY=VALUE",
      description = "A context key; repeat a key for a multivalued key.")
  List<String> context = new ArrayList<>();

  @Option(names = "--explain", description = "List the statements that decided it.")
  boolean explain;

  @Option(names = "--account", arity = "1..*", paramLabel = "FILE",
      description = "Account files: decide for a principal of these accounts, with every policy that applies "
          + "to it (its own, its groups' or role's, boundary, organization, bound resource policies).")
  List<Path> accounts = new ArrayList<>();

  @Option(names = "--mfa", description = "With --account: the caller presented MFA just now.")
  boolean mfa;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Decision decision;
    try {
      decision = accounts.isEmpty() ? Authorizer.standard().decide(request(), policySet()) : decideForAccount();
    } catch (InvalidPolicyException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (java.io.UncheckedIOException e) {
      err.println("gatehouse simulate: cannot read " + e.getCause().getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      err.println("gatehouse simulate: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    out.println(decision.type().awsName());
    if (explain) {
      for (DeterminingStatement s : decision.determiningStatements()) {
        out.println("  " + s);
      }
      out.println("  " + decision.message());
    }
    out.flush();
    return decision.isAllowed() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private Decision decideForAccount() {
    if (!policies.isEmpty() || boundary != null || !scpLevels.isEmpty() || !rcpLevels.isEmpty()) {
      throw new IllegalArgumentException("with --account, the account's own policies apply: --policy, --boundary, "
          + "--scp and --rcp cannot be given");
    }
    io.gatehouse.identity.Accounts all;
    try (io.gatehouse.store.FileAccountStore store = io.gatehouse.store.FileAccountStore.open(accounts)) {
      all = store.snapshot();
    }
    PolicyParser parser = new PolicyParser();
    List<PolicyDocument> session = new ArrayList<>();
    for (Path p : sessionPolicies) {
      session.add(load(parser, p));
    }
    java.time.Clock clock = java.time.Clock.systemUTC();
    io.gatehouse.identity.Caller caller = CallerOptions.caller(principal, mfa, session, clock.instant());
    io.gatehouse.identity.AccountAuthorizer authorizer = new io.gatehouse.identity.AccountAuthorizer(() -> all,
        Authorizer.standard(), io.gatehouse.identity.ResourcePolicyProvider.NONE, clock);
    CompiledPolicy extra = resourcePolicy == null ? null : CompiledPolicy.compile(load(parser, resourcePolicy));
    return authorizer.decide(caller, action, resource, resourceAccount, request().context(), extra);
  }

  private AuthorizationRequest request() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    for (String entry : context) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--context expects KEY=VALUE, found \"" + entry + "\"");
      }
      keys.computeIfAbsent(entry.substring(0, eq), k -> new ArrayList<>()).add(entry.substring(eq + 1));
    }
    RequestContext.Builder ctx = RequestContext.builder();
    keys.forEach((k, v) -> {
      if (v.size() == 1) {
        ctx.put(k, v.get(0));
      } else {
        ctx.putAll(k, v);
      }
    });
    Principal who = principal.equals("*") || principal.equalsIgnoreCase("anonymous")
        ? Principal.anonymous()
        : Principal.fromArn(principal);
    return AuthorizationRequest.builder(who).action(action).resource(resource)
        .resourceAccount(resourceAccount).context(ctx.build()).build();
  }

  private PolicySet policySet() {
    PolicyParser parser = new PolicyParser();
    PolicySet.Builder set = PolicySet.builder();
    for (Path p : policies) {
      set.identityPolicy(load(parser, p));
    }
    if (boundary != null) {
      set.permissionsBoundary(load(parser, boundary));
    }
    for (Path p : sessionPolicies) {
      set.sessionPolicy(load(parser, p));
    }
    if (resourcePolicy != null) {
      set.resourcePolicy(load(parser, resourcePolicy));
    }
    for (String level : scpLevels) {
      set.serviceControlPolicyLevel(level(parser, level));
    }
    for (String level : rcpLevels) {
      set.resourceControlPolicyLevel(level(parser, level));
    }
    return set.build();
  }

  private static List<CompiledPolicy> level(PolicyParser parser, String files) {
    List<CompiledPolicy> out = new ArrayList<>();
    for (String f : files.split(",")) {
      out.add(CompiledPolicy.compile(load(parser, Path.of(f.trim()))));
    }
    return out;
  }

  private static PolicyDocument load(PolicyParser parser, Path file) {
    return parser.parse(file);
  }
}
