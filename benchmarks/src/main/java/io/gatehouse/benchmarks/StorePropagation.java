package io.gatehouse.benchmarks;

import io.gatehouse.Authorizer;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.identity.SecretEncryption;
import io.gatehouse.policy.PolicyParser;
import io.gatehouse.store.AccountStore;
import io.gatehouse.store.FileAccountStore;
import io.gatehouse.store.LiveAuthorizer;
import io.gatehouse.store.postgresql.PostgresAccountStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures store propagation: the time from a committed write on instance A until instance B
 * enforces it (a decision on B changes), over many changes, each toggling a policy of user alice.
 * Instances A and B are two stores in one JVM, each with its own connections or file watcher, as
 * two application instances would have. Not a JMH benchmark: each sample is one wall-clock
 * interval across threads, which is what the goal (median under 100 ms, p99 under 1 s) is about.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.gatehouse.benchmarks.StorePropagation postgresql \
 *     jdbc:postgresql://127.0.0.1:5432/gatehouse USER [CHANGES]
 * java -cp benchmarks/target/benchmarks.jar io.gatehouse.benchmarks.StorePropagation file DIR [CHANGES]
 * </pre>
 */
public final class StorePropagation {
  private static final String ID = "123456789012";
  private static final String ACTION = "shop:Toggle";

  private StorePropagation() {}

  /** Runs the measurement; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    String kind = args[0];
    int changes = Integer.parseInt(args.length > (kind.equals("file") ? 2 : 3) ? args[args.length - 1] : "1000");
    SecretEncryption keys = SecretEncryption.fromText(SecretEncryption.newKeyLine("bench", new SecureRandom()), "k");
    Account seed = new AccountFiles().read("AccountId: \"" + ID + "\"\nUserDetailList:\n  - UserName: alice\n",
        "seed.yaml", null);
    AccountStore a;
    AccountStore b;
    if (kind.equals("file")) {
      Path file = Path.of(args[1]).resolve("account.yaml");
      Files.createDirectories(file.getParent());
      new AccountFiles().write(seed, file);
      a = FileAccountStore.builder(List.of(file)).encryption(keys).open();
      b = FileAccountStore.builder(List.of(file)).encryption(keys).watch(Duration.ofSeconds(1)).open();
    } else {
      a = PostgresAccountStore.builder(args[1]).user(args[2]).encryption(keys).open();
      ((PostgresAccountStore) a).create(seed);
      b = PostgresAccountStore.builder(args[1]).user(args[2]).encryption(keys).open();
    }
    try (AccountStore writer = a; AccountStore reader = b) {
      LiveAuthorizer live = LiveAuthorizer.over(reader, Authorizer.standard(), ResourcePolicyProvider.NONE,
          Clock.systemUTC(), e -> { });
      long[] nanos = new long[changes];
      for (int i = 0; i < changes + 20; i++) {
        boolean allow = i % 2 == 0;
        writer.update(ID, x -> toggle(x, allow));
        long committed = System.nanoTime();
        while (allowed(live) != allow) {
          LockSupport.parkNanos(20_000);
        }
        if (i >= 20) {
          nanos[i - 20] = System.nanoTime() - committed;
        }
      }
      Arrays.sort(nanos);
      System.out.printf("store=%s changes=%d median=%.2f ms p99=%.2f ms max=%.2f ms%n", kind, changes,
          nanos[changes / 2] / 1e6, nanos[(int) Math.ceil(changes * 0.99) - 1] / 1e6, nanos[changes - 1] / 1e6);
    }
  }

  private static Account toggle(Account a, boolean allow) {
    var user = a.user("alice").orElseThrow().toBuilder();
    user.inlinePolicies().removeIf(p -> p.name().equals("toggle"));
    if (allow) {
      user.inlinePolicies().add(new InlinePolicy("toggle", new PolicyParser().parse(
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"" + ACTION
              + "\",\"Resource\":\"*\"}]}", "user/alice/toggle")));
    }
    return a.toBuilder().putUser(user.build()).build();
  }

  private static boolean allowed(LiveAuthorizer live) {
    Caller alice = Caller.asserted(Principal.fromArn("arn:aws:iam::" + ID + ":user/alice"));
    return live.current().decide(alice, ACTION, "arn:aws:shop:::order/1", RequestContext.empty()).isAllowed();
  }
}
