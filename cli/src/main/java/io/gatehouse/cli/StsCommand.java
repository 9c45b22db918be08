package io.gatehouse.cli;

import io.gatehouse.Authorizer;
import io.gatehouse.Principal;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.identity.Tag;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.store.FileAccountStore;
import io.gatehouse.store.StoreException;
import io.gatehouse.sts.AssumeRoleRequest;
import io.gatehouse.sts.AssumeRoleResult;
import io.gatehouse.sts.Credentials;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.sts.StsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gatehouse sts ...}: temporary credentials from the accounts, printed as the AWS CLI prints them. */
@Command(name = "sts", description = "Obtain temporary credentials (AssumeRole, GetSessionToken).",
    subcommands = {StsCommand.AssumeRole.class, StsCommand.GetSessionToken.class})
final class StsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs an STS call against account files, mapping refusals to messages and exit codes. */
  abstract static class StsCall implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--account", required = true, arity = "1..*", paramLabel = "FILE",
        description = "Account files; written back when a signing key is created or an MFA code is used.")
    List<Path> accounts = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (FileAccountStore store = FileAccountStore.open(accounts)) {
        Clock clock = Clock.systemUTC();
        AccountAuthorizer authorizer =
            new AccountAuthorizer(store::snapshot, Authorizer.standard(), ResourcePolicyProvider.NONE, clock);
        SecurityTokenService sts = new SecurityTokenService(store, authorizer, clock, new SecureRandom());
        out.println(JsonOutput.render(invoke(sts)));
        out.flush();
        return ExitCodes.OK;
      } catch (StsException e) {
        err.println("An error occurred (" + e.code() + ") when calling the " + operation() + " operation: "
            + e.getMessage());
      } catch (InvalidPolicyException e) {
        err.println(e.getMessage());
        err.flush();
        return ExitCodes.BAD_INPUT;
      } catch (IllegalArgumentException | UncheckedIOException | StoreException e) {
        err.println("gatehouse sts: " + e.getMessage());
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      err.flush();
      return ExitCodes.FAILED;
    }

    abstract String operation();

    abstract Map<String, Object> invoke(SecurityTokenService sts);

    static Map<String, Object> credentials(Credentials c) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("AccessKeyId", c.accessKeyId());
      m.put("SecretAccessKey", c.secretAccessKey());
      m.put("SessionToken", c.sessionToken());
      m.put("Expiration", c.expiration());
      return m;
    }
  }

  /** {@code sts assume-role}. */
  @Command(name = "assume-role", description = "AssumeRole as the given caller; prints Credentials and AssumedRoleUser.")
  static final class AssumeRole extends StsCall {
    @Option(names = "--caller", required = true, paramLabel = "ARN", description = "Who asks: a user, role session or root ARN.")
    String caller;

    @Option(names = "--role-arn", required = true, paramLabel = "ARN")
    String roleArn;

    @Option(names = "--role-session-name", required = true, paramLabel = "NAME")
    String sessionName;

    @Option(names = "--duration-seconds", paramLabel = "N")
    Integer durationSeconds;

    @Option(names = "--policy", paramLabel = "FILE", description = "An inline session policy (file://PATH or PATH).")
    String policy;

    @Option(names = "--policy-arns", arity = "1..*", paramLabel = "ARN", description = "Managed session policies.")
    List<String> policyArns = new ArrayList<>();

    @Option(names = "--tags", arity = "1..*", paramLabel = "Key=K,Value=V", description = "Session tags.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--serial-number", paramLabel = "ARN")
    String serialNumber;

    @Option(names = "--token-code", paramLabel = "CODE")
    String tokenCode;

    @Option(names = "--external-id", paramLabel = "ID")
    String externalId;

    @Option(names = "--source-identity", paramLabel = "ID")
    String sourceIdentity;

    @Override
    String operation() {
      return "AssumeRole";
    }

    @Override
    Map<String, Object> invoke(SecurityTokenService sts) {
      String policyText = policy == null ? null : readFile(policy);
      List<Tag> sessionTags = new ArrayList<>();
      for (String t : tags) {
        sessionTags.add(parseTag(t));
      }
      AssumeRoleResult r = sts.assumeRole(Caller.asserted(Principal.fromArn(caller)), new AssumeRoleRequest(roleArn,
          sessionName, durationSeconds, policyText, policyArns, sessionTags, serialNumber, tokenCode, externalId,
          sourceIdentity));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("Credentials", credentials(r.credentials()));
      Map<String, Object> user = new LinkedHashMap<>();
      user.put("AssumedRoleId", r.assumedRoleId());
      user.put("Arn", r.assumedRoleArn());
      out.put("AssumedRoleUser", user);
      if (r.packedPolicySize() > 0) {
        out.put("PackedPolicySize", r.packedPolicySize());
      }
      if (r.sourceIdentity() != null) {
        out.put("SourceIdentity", r.sourceIdentity());
      }
      return out;
    }
  }

  /** {@code sts get-session-token}. */
  @Command(name = "get-session-token", description = "GetSessionToken for a user, optionally with MFA.")
  static final class GetSessionToken extends StsCall {
    @Option(names = "--caller", required = true, paramLabel = "ARN", description = "The user (or root) ARN.")
    String caller;

    @Option(names = "--duration-seconds", paramLabel = "N")
    Integer durationSeconds;

    @Option(names = "--serial-number", paramLabel = "ARN")
    String serialNumber;

    @Option(names = "--token-code", paramLabel = "CODE")
    String tokenCode;

    @Override
    String operation() {
      return "GetSessionToken";
    }

    @Override
    Map<String, Object> invoke(SecurityTokenService sts) {
      Credentials c = sts.getSessionToken(Caller.asserted(Principal.fromArn(caller)), durationSeconds, serialNumber,
          tokenCode);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("Credentials", credentials(c));
      return out;
    }
  }

  /** Reads {@code file://PATH} or {@code PATH}, as the AWS CLI does for document parameters. */
  static String readFile(String ref) {
    String path = ref.startsWith("file://") ? ref.substring("file://".length()) : ref;
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Tag parseTag(String text) {
    String key = null;
    String value = null;
    for (String part : text.split(",")) {
      if (part.startsWith("Key=")) {
        key = part.substring(4);
      } else if (part.startsWith("Value=")) {
        value = part.substring(6);
      }
    }
    if (key == null || value == null) {
      throw new IllegalArgumentException("expected Key=K,Value=V, found \"" + text + "\"");
    }
    return new Tag(key, value);
  }
}
