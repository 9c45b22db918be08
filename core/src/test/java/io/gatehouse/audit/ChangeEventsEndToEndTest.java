package io.gatehouse.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Authorizer;
import io.gatehouse.Principal;
import io.gatehouse.iam.AuditedIamActions;
import io.gatehouse.iam.IamActions;
import io.gatehouse.iam.IamException;
import io.gatehouse.iam.IamService;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.MfaCodeChecker;
import io.gatehouse.identity.PasswordAuthenticator;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.PasswordPolicy;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.store.InMemoryAccountStore;
import io.gatehouse.sts.AssumeRoleRequest;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.sts.StsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identity changes, role assumptions and sign-ins each leave one audit event, failures included. */
class ChangeEventsEndToEndTest {
  @TempDir Path dir;

  @Test
  void everyChangeAndSignInIsAuditedWithoutSecrets() throws Exception {
    InMemoryAccountStore store = new InMemoryAccountStore(Accounts.of(Account.builder("123456789012").build()));
    Clock clock = Clock.systemUTC();
    SecureRandom random = new SecureRandom();
    PasswordHasher hasher = new PasswordHasher(1000, random);
    Caller admin = Caller.asserted(Principal.root("123456789012"));
    try (Log4jAuditTrail trail = Log4jAuditTrail.open(AuditOptions.inDirectory(dir))) {
      ChangeEvents events = new ChangeEvents(trail, clock);
      AuditedIamActions iam = new AuditedIamActions(new IamActions(new IamService(store, "123456789012", clock, random,
          hasher, PasswordPolicy.defaults())), events);
      iam.invoke(admin, "CreateUser", Map.of("UserName", "carol"), RequestInfo.none());
      assertThrows(IamException.class,
          () -> iam.invoke(admin, "CreateUser", Map.of("UserName", "carol"), RequestInfo.none()));
      iam.invoke(admin, "CreateLoginProfile", Map.of("UserName", "carol", "Password", "s3cret-Passw0rd!"),
          RequestInfo.none());
      iam.invoke(admin, "GetUser", Map.of("UserName", "carol"), RequestInfo.none());

      AccountAuthorizer authorizer =
          new AccountAuthorizer(store::snapshot, Authorizer.standard(), ResourcePolicyProvider.NONE, clock);
      SecurityTokenService sts = new SecurityTokenService(store, authorizer, clock, random, events);
      assertThrows(StsException.class, () -> sts.assumeRole(admin,
          AssumeRoleRequest.of("arn:aws:iam::123456789012:role/Nope", "try-it")));

      PasswordAuthenticator signIn = new PasswordAuthenticator(store::snapshot, hasher,
          new MfaCodeChecker(store, clock), events);
      assertFalse(signIn.signIn("123456789012", "carol", "wrong-Passw0rd!".toCharArray(), null).succeeded());
      assertTrue(signIn.signIn("123456789012", "carol", "s3cret-Passw0rd!".toCharArray(), null).succeeded());
    }
    List<String> lines = Files.readAllLines(dir.resolve("gatehouse-audit.log"));
    assertEquals(6, lines.size(), String.join("\n", lines));
    String all = String.join("\n", lines);
    assertFalse(all.contains("s3cret-Passw0rd!"), all);
    assertFalse(all.contains("wrong-Passw0rd!"), all);
    assertTrue(lines.get(0).contains("\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"CreateUser\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"errorCode\":\"EntityAlreadyExists\""), lines.get(1));
    assertTrue(lines.get(2).contains("\"eventName\":\"CreateLoginProfile\""), lines.get(2));
    assertTrue(lines.get(3).contains("\"eventName\":\"AssumeRole\"") && lines.get(3).contains("\"errorCode\":\"AccessDenied\""),
        lines.get(3));
    assertTrue(lines.get(4).contains("\"eventName\":\"ConsoleLogin\"") && lines.get(4).contains("Failure"), lines.get(4));
    assertTrue(lines.get(5).contains("\"eventName\":\"ConsoleLogin\"") && lines.get(5).contains("Success"), lines.get(5));
  }
}
