package io.gatehouse.iam;

import static io.gatehouse.iam.IamFixture.ACCOUNT;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static io.gatehouse.iam.IamFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.PasswordPolicy;
import io.gatehouse.store.AccountStore;
import io.gatehouse.store.InMemoryAccountStore;
import io.gatehouse.store.StoreException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class IamServiceTest {
  private final IamFixture f = new IamFixture();
  private final IamService iam = f.iam;

  @Test
  void concurrentWritersNeverLoseEachOthersChanges() throws Exception {
    int threads = 8;
    int perThread = 25;
    iam.createGroup("everyone", null);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perThread; i++) {
          String name = "user-" + thread + "-" + i;
          iam.createUser(name, null, null, null);
          iam.addUserToGroup("everyone", name);
          iam.createAccessKey(name);
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> d : done) {
      d.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    Account account = f.account();
    assertEquals(threads * perThread, account.users().size());
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < perThread; i++) {
        String name = "user-" + t + "-" + i;
        assertEquals(List.of("everyone"), account.user(name).orElseThrow().groups(), name);
        assertEquals(1, account.user(name).orElseThrow().accessKeys().size(), name);
      }
    }
    assertEquals(threads * perThread, iam.getGroup("everyone", null, 1000).users().items().size());
  }

  @Test
  void concurrentCreatesOfOneNameLetExactlyOneWin() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> results = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      results.add(pool.submit(() -> {
        try {
          iam.createUser("alice", null, null, null);
          return "created";
        } catch (IamException e) {
          return e.code();
        }
      }));
    }
    List<String> outcomes = new ArrayList<>();
    for (Future<String> r : results) {
      outcomes.add(r.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertEquals(1, outcomes.stream().filter("created"::equals).count(), outcomes.toString());
    assertEquals(3, outcomes.stream().filter("EntityAlreadyExists"::equals).count(), outcomes.toString());
  }

  @Test
  void summaryCountsEntitiesAndQuotas() {
    iam.createUser("alice", null, null, null);
    iam.createGroup("g", null);
    iam.createRole("r", null, trust(arn("root")), null, null, null, null);
    String p = iam.createPolicy("P", null, allow("s3:*", "*"), null).arn();
    iam.createPolicyVersion(p, allow("s3:Get*", "*"), false);
    MfaOperationsTest.enabledDevice(f, "alice");
    iam.createVirtualMFADevice("spare", null);
    Map<String, Integer> summary = iam.getAccountSummary();
    assertEquals(1, summary.get("Users"));
    assertEquals(5000, summary.get("UsersQuota"));
    assertEquals(1, summary.get("Groups"));
    assertEquals(1, summary.get("Roles"));
    assertEquals(1, summary.get("Policies"));
    assertEquals(2, summary.get("PolicyVersionsInUse"));
    assertEquals(5, summary.get("VersionsPerPolicyQuota"));
    assertEquals(2, summary.get("MFADevices"));
    assertEquals(1, summary.get("MFADevicesInUse"));
    assertEquals(2, summary.get("AccessKeysPerUserQuota"));
    assertEquals(10, summary.get("AttachedPoliciesPerRoleQuota"));
    assertEquals(2048, summary.get("UserPolicySizeQuota"));
  }

  @Test
  void authorizationDetailsAreTheStoredAccount() {
    iam.createUser("alice", null, null, null);
    assertEquals(f.account(), iam.getAccountAuthorizationDetails());
    assertEquals(ACCOUNT, iam.accountId());
  }

  @Test
  void writesAreVisibleToReadersOfTheStoreAtOnce() {
    List<Long> versions = new ArrayList<>();
    f.store.addListener(accounts -> versions.add(accounts.account(ACCOUNT).orElseThrow().version()));
    iam.createUser("alice", null, null, null);
    iam.createGroup("g", null);
    assertEquals(2, versions.size());
    assertEquals(f.account().version(), versions.get(1));
  }

  @Test
  void refusesAnAccountTheStoreDoesNotHold() {
    SecureRandom random = new SecureRandom();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IamService(f.store,
        "999999999999", f.clock, random, new PasswordHasher(1000, random), PasswordPolicy.defaults()));
    assertEquals("the store has no account 999999999999", e.getMessage());
  }

  @Test
  void aChangeTheStoreCannotSaveIsAServiceFailure() {
    InMemoryAccountStore inner = new InMemoryAccountStore(Accounts.of(Account.builder(ACCOUNT).build()));
    AccountStore failing = new AccountStore() {
      @Override
      public Accounts snapshot() {
        return inner.snapshot();
      }

      @Override
      public Account update(String accountId, UnaryOperator<Account> change) {
        change.apply(inner.snapshot().account(accountId).orElseThrow());
        throw new StoreException("disk full");
      }

      @Override
      public void addListener(Consumer<Accounts> listener) {}

      @Override
      public void close() {}
    };
    SecureRandom random = new SecureRandom();
    IamService broken = new IamService(failing, ACCOUNT, Clock.systemUTC(), random, new PasswordHasher(1000, random),
        PasswordPolicy.defaults());
    IamException e = assertThrows(IamException.class, () -> broken.createUser("alice", null, null, null));
    assertEquals("ServiceFailure", e.code());
    assertEquals(500, e.httpStatus());
    assertEquals("The request processing has failed because of an unknown error, exception or failure.",
        e.getMessage());
    assertTrue(e.getCause() instanceof StoreException);
    assertTrue(inner.snapshot().account(ACCOUNT).orElseThrow().users().isEmpty());
  }

  @Test
  void exceptionsShowCodeAndMessage() {
    IamException e = assertThrows(IamException.class, () -> iam.getUser("nobody"));
    assertEquals("IamException[NoSuchEntity]: The user with name nobody cannot be found.", e.toString());
    assertFalse(iam.toString().contains("Hasher"));
  }
}
