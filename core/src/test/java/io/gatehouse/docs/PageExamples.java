package io.gatehouse.docs;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Authorizer;
import io.gatehouse.CompiledPolicy;
import io.gatehouse.Decision;
import io.gatehouse.DecisionType;
import io.gatehouse.DeterminingStatement;
import io.gatehouse.PolicySet;
import io.gatehouse.Principal;
import io.gatehouse.PrincipalType;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.identity.TemporarySession;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PolicyParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The examples of one documentation page: its marked policies and accounts, and every decision its
 * check blocks state. Each example becomes a {@link Example} that says what is wrong with it, if
 * anything, naming the page and line.
 */
final class PageExamples {
  /** The time account checks run at, unless a check gives {@code aws:CurrentTime}. */
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  /**
   * One thing the page states.
   *
   * @param title the page, line and what is stated, as test names show it
   * @param problem runs the example; null if it holds, otherwise what is wrong, naming page:line
   */
  record Example(String title, Supplier<String> problem) {}

  private final PolicyParser parser = new PolicyParser();
  private final AccountFiles accountFiles = new AccountFiles();
  private final Path repository;
  private final Map<String, PolicyDocument> policies = new LinkedHashMap<>();
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final List<Example> examples = new ArrayList<>();

  /**
   * Reads a page's examples.
   *
   * @param page the page's name, e.g. {@code policies.md}
   * @param markdown its text
   * @param repository the repository root: account names ending in {@code .yaml} are files there
   */
  PageExamples(String page, String markdown, Path repository) {
    this.repository = repository;
    List<MarkedBlock> checks = new ArrayList<>();
    for (MarkedBlock block : MarkdownBlocks.read(page, markdown)) {
      switch (block.kind()) {
        case MarkedBlock.POLICY -> examples.add(policy(block));
        case MarkedBlock.ACCOUNT -> examples.add(account(block));
        default -> checks.add(block);
      }
    }
    // Checks come after every definition of the page is known, so a check may name a policy
    // defined further down.
    for (MarkedBlock block : checks) {
      List<CheckSpec> specs;
      try {
        specs = CheckSpec.read(block);
      } catch (RuntimeException e) {
        examples.add(new Example(block.at(0) + " check block", e::getMessage));
        continue;
      }
      for (CheckSpec spec : specs) {
        examples.add(new Example(spec.where() + " " + spec.settings().get("action") + " -> "
            + spec.settings().get("expect"), () -> run(spec)));
      }
    }
  }

  /** Every example of the page: the policies and accounts parse, each check decides as stated. */
  List<Example> examples() {
    return List.copyOf(examples);
  }

  private Example policy(MarkedBlock block) {
    String name = block.name();
    String problem;
    if (name == null) {
      problem = block.at(0) + ": a policy block needs name=...";
    } else if (policies.containsKey(name) || accounts.containsKey(name)) {
      problem = block.at(0) + ": the name \"" + name + "\" is used twice on the page";
    } else {
      problem = null;
      try {
        policies.put(name, switch (block.language()) {
          case "json" -> parser.parseJson(block.text(), block.page() + "#" + name);
          case "yaml" -> parser.parseYaml(block.text(), block.page() + "#" + name);
          default -> throw new IllegalArgumentException("a policy block is json or yaml");
        });
      } catch (InvalidPolicyException | IllegalArgumentException e) {
        problem = block.at(0) + ": policy " + name + " is invalid: " + e.getMessage();
      }
    }
    String found = problem;
    return new Example(block.at(0) + " policy " + name + " is valid", () -> found);
  }

  private Example account(MarkedBlock block) {
    String name = block.name();
    String problem = null;
    if (name == null) {
      problem = block.at(0) + ": an account block needs name=...";
    } else {
      try {
        accounts.put(name, accountFiles.read(block.text(), block.page() + "#" + name, repository));
      } catch (InvalidPolicyException e) {
        problem = block.at(0) + ": account " + name + " is invalid: " + e.getMessage();
      }
    }
    String found = problem;
    return new Example(block.at(0) + " account " + name + " is valid", () -> found);
  }

  private String run(CheckSpec spec) {
    Decision decision;
    try {
      decision = spec.settings().containsKey("account") ? decideForAccount(spec) : decide(spec);
    } catch (RuntimeException e) {
      return spec.where() + ": " + e.getMessage();
    }
    DecisionType expected;
    try {
      expected = DecisionType.fromAwsName(spec.text("expect"));
    } catch (IllegalArgumentException e) {
      return spec.where() + ": expect is Allow, ExplicitDeny or ImplicitDeny, found \""
          + spec.settings().get("expect") + "\"";
    }
    if (decision.type() != expected) {
      return spec.where() + ": the page says " + expected.awsName() + ", Gatehouse decides "
          + decision.type().awsName() + ": " + decision.message()
          + decision.error().map(e -> " (error: " + e + ")").orElse("");
    }
    List<String> statements = new ArrayList<>();
    for (DeterminingStatement s : decision.determiningStatements()) {
      statements.add(s.statement());
    }
    for (String by : spec.names("by")) {
      if (!statements.contains(by)) {
        return spec.where() + ": the page says statement " + by + " decides; the deciding statements are "
            + statements;
      }
    }
    return null;
  }

  private Decision decide(CheckSpec spec) {
    PolicySet.Builder set = PolicySet.builder();
    spec.names("identity").forEach(n -> set.identityPolicy(policy(spec, n)));
    List<String> boundary = spec.names("boundary");
    if (boundary.size() > 1) {
      throw new IllegalArgumentException("a principal has at most one permissions boundary");
    }
    boundary.forEach(n -> set.permissionsBoundary(policy(spec, n)));
    spec.names("session").forEach(n -> set.sessionPolicy(policy(spec, n)));
    spec.names("resourcePolicy").forEach(n -> set.resourcePolicy(policy(spec, n)));
    for (List<String> level : spec.levels("scp")) {
      set.serviceControlPolicyLevel(compiled(spec, level));
    }
    for (List<String> level : spec.levels("rcp")) {
      set.resourceControlPolicyLevel(compiled(spec, level));
    }
    AuthorizationRequest request = AuthorizationRequest.builder(principal(spec))
        .action(spec.text("action"))
        .resource(spec.text("resource"))
        .resourceAccount(spec.text("resourceAccount", null))
        .context(context(spec))
        .build();
    return Authorizer.standard().decide(request, set.build());
  }

  private Decision decideForAccount(CheckSpec spec) {
    for (String key : List.of("identity", "boundary", "resourcePolicy", "scp", "rcp")) {
      if (spec.settings().containsKey(key)) {
        throw new IllegalArgumentException("with account, the account's own policies apply: no " + key);
      }
    }
    List<Account> chosen = new ArrayList<>();
    for (String name : spec.names("account")) {
      chosen.add(accountNamed(spec, name));
    }
    Accounts all = Accounts.of(chosen);
    AccountAuthorizer authorizer = new AccountAuthorizer(() -> all, Authorizer.standard(),
        ResourcePolicyProvider.NONE, Clock.fixed(NOW, ZoneOffset.UTC));
    return authorizer.decide(caller(spec), spec.text("action"), spec.text("resource"),
        spec.text("resourceAccount", null), context(spec), null);
  }

  private Account accountNamed(CheckSpec spec, String name) {
    Account account = accounts.get(name);
    if (account != null) {
      return account;
    }
    if (name.endsWith(".yaml") || name.endsWith(".json")) {
      Path file = repository.resolve(name);
      if (Files.isRegularFile(file)) {
        return accountFiles.read(file);
      }
    }
    throw new IllegalArgumentException("unknown account \"" + name + "\"; the page defines " + accounts.keySet());
  }

  /** As the CLI's simulation: a role session carries the session policies; MFA presented now. */
  private Caller caller(CheckSpec spec) {
    Principal p = principal(spec);
    boolean mfa = Boolean.parseBoolean(spec.text("mfa", "false"));
    List<PolicyDocument> session = new ArrayList<>();
    spec.names("session").forEach(n -> session.add(policy(spec, n)));
    if (p.type() == PrincipalType.ASSUMED_ROLE) {
      return Caller.withSession(new TemporarySession(p, "ASIADOCUMENTEDSESSION", p.name(), NOW,
          NOW.plusSeconds(3600), mfa ? NOW : null, session, List.of(), List.of(), null, false, null));
    }
    if (!session.isEmpty()) {
      throw new IllegalArgumentException("session policies apply to role sessions only");
    }
    Caller c = Caller.asserted(p);
    return mfa ? c.withMfaAt(NOW) : c;
  }

  private static Principal principal(CheckSpec spec) {
    String arn = spec.text("principal");
    return arn.equals("anonymous") ? Principal.anonymous() : Principal.fromArn(arn);
  }

  private static RequestContext context(CheckSpec spec) {
    RequestContext.Builder b = RequestContext.builder();
    spec.context().forEach((k, v) -> {
      if (v.size() == 1) {
        b.put(k, v.get(0));
      } else {
        b.putAll(k, v);
      }
    });
    return b.build();
  }

  private PolicyDocument policy(CheckSpec spec, String name) {
    PolicyDocument document = policies.get(name);
    if (document == null) {
      throw new IllegalArgumentException("unknown policy \"" + name + "\"; the page defines "
          + policies.keySet());
    }
    return document;
  }

  private List<CompiledPolicy> compiled(CheckSpec spec, List<String> names) {
    List<CompiledPolicy> level = new ArrayList<>();
    names.forEach(n -> level.add(CompiledPolicy.compile(policy(spec, n))));
    return level;
  }
}
