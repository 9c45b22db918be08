package io.gatehouse.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.AccessDeniedException;
import io.gatehouse.Authorizer;
import io.gatehouse.Enforcer;
import io.gatehouse.Principal;
import io.gatehouse.audit.AllowVolume;
import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.store.FileAccountStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentOverheadBenchmarkTest {
  static final Caller ALICE = Caller.asserted(Principal.fromArn("arn:aws:iam::123456789012:user/alice"));
  static final Caller BOB = Caller.asserted(Principal.fromArn("arn:aws:iam::123456789012:user/bob"));

  @TempDir
  Path auditDirectory;
  Log4jAuditTrail audit;
  Enforcer enforcer;

  @BeforeEach
  void openTheAccount() {
    FileAccountStore store = FileAccountStore.open(List.of(Path.of("agent/billing.yaml")));
    audit = Log4jAuditTrail.open(AuditOptions.inDirectory(auditDirectory).withAllow(AllowVolume.parse("none")));
    enforcer = new Enforcer(new AccountAuthorizer(store::snapshot, Authorizer.standard(), ResourcePolicyProvider.NONE,
        Clock.systemUTC()), audit, EnforcementMode.ENFORCE, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    audit.close();
  }

  @Test
  void theProxyChecksBeforeCalling() {
    assertEquals("7", EnforcingProxy.wrap(new PlainInvoices(), enforcer, ALICE).title("7"));
    InvoiceService asBob = EnforcingProxy.wrap(new PlainInvoices(), enforcer, BOB);
    assertThrows(AccessDeniedException.class, () -> asBob.title("7"));
  }

  @Test
  void theSpringInterceptorChecksBeforeCalling() {
    assertEquals("7", EnforcingInterceptor.wrap(new PlainInvoices(), enforcer, ALICE).title("7"));
    InvoiceService asBob = EnforcingInterceptor.wrap(new PlainInvoices(), enforcer, BOB);
    assertThrows(AccessDeniedException.class, () -> asBob.title("7"));
  }

  @Test
  void refusesToMeasureWithoutTheAgent() {
    assertThrows(IllegalStateException.class, () -> new AgentOverheadBenchmark().setUp());
  }
}
