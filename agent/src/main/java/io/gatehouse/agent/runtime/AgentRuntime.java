package io.gatehouse.agent.runtime;

import io.gatehouse.Authorizer;
import io.gatehouse.Enforcer;
import io.gatehouse.agent.bootstrap.GatehouseBridge;
import io.gatehouse.agent.config.AgentConfig;
import io.gatehouse.agent.config.AgentConfigReader;
import io.gatehouse.agent.enforce.AgentBridgeHandler;
import io.gatehouse.agent.enforce.BoundCaller;
import io.gatehouse.agent.enforce.CallEnforcer;
import io.gatehouse.agent.enforce.HostExceptions;
import io.gatehouse.agent.enforce.InstrumentationAudit;
import io.gatehouse.agent.enforce.MethodRegistry;
import io.gatehouse.agent.enforce.ProgrammaticChecks;
import io.gatehouse.agent.http.HttpDispatchEnforcer;
import io.gatehouse.agent.instrument.ServletInstrumenter;
import io.gatehouse.http.HttpEnforcement;
import io.gatehouse.agent.instrument.InstrumentationFailure;
import io.gatehouse.agent.instrument.MethodInstrumenter;
import io.gatehouse.agent.instrument.MethodRules;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.http.StoreAndTrail;
import io.gatehouse.store.AccountStore;
import io.gatehouse.store.AccountStores;
import io.gatehouse.store.LiveAuthorizer;
import io.gatehouse.sts.SecurityTokenService;
import java.lang.instrument.Instrumentation;
import java.security.SecureRandom;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;

/**
 * Starts enforcement in the agent's own class loader: reads the configuration, opens the account
 * files and the audit trail, installs the handler in the bootstrap bridge, then the instrumentation.
 * Called reflectively by {@code GatehouseAgent}.
 */
public final class AgentRuntime {
  private AgentRuntime() {}

  /**
   * Starts the agent.
   *
   * @param arguments the {@code -javaagent} argument: the configuration file's path
   * @param attached true when attached to a running JVM: classes loaded before are retransformed
   * @throws IllegalArgumentException if the configuration (or an account file) cannot be used, with
   *     every problem as {@code file:line:column: path: message}
   */
  public static void start(String arguments, Instrumentation inst, boolean attached) {
    if (arguments == null || arguments.isBlank()) {
      throw new IllegalArgumentException("no configuration file: use -javaagent:gatehouse-agent.jar=path/to/gatehouse.yaml");
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // Log4j looks for plugins and resources through the context class loader: only the agent's own.
    thread.setContextClassLoader(AgentRuntime.class.getClassLoader());
    try {
      AgentConfig config;
      try {
        config = new AgentConfigReader().read(Path.of(arguments.strip()));
      } catch (InvalidPolicyException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      Clock clock = Clock.systemUTC();
      // Log4j's factory is made at its first use; made here, not by the audit trail's shutdown hook
      // (too late then to register Log4j's own).
      LogManager.getFactory();
      StoreAndTrail opened = StoreAndTrail.open(config.common(),
          AccountStores.standard(AgentRuntime.class.getClassLoader()), System.getenv(), clock);
      AccountStore store = opened.store();
      Log4jAuditTrail audit = opened.audit();
      // Each snapshot is compiled before it takes over; one that does not compile keeps the last good one.
      LiveAuthorizer live = LiveAuthorizer.over(store, Authorizer.standard(), ResourcePolicyProvider.NONE, clock,
          e -> System.err.println("gatehouse agent: the changed accounts are not in force: " + e.getMessage()));
      AccountAuthorizer authorizer = new AccountAuthorizer(live::accounts, Authorizer.standard(),
          ResourcePolicyProvider.NONE, clock);
      Enforcer enforcer = new Enforcer(live::current, audit, config.mode(), clock);
      // Verifies the session credentials of bound contexts (it issues none here).
      SecurityTokenService sts = new SecurityTokenService(store, authorizer, clock, new SecureRandom());
      BoundCaller callers = new BoundCaller(GatehouseBridge::boundContext, config.principal(), sts, clock);
      MethodRegistry registry = new MethodRegistry();
      HostExceptions exceptions = new HostExceptions();
      Optional<HttpDispatchEnforcer> http = config.http().map(settings -> new HttpDispatchEnforcer(
          new HttpEnforcement(settings, store, live, audit, config.mode(), clock),
          GatehouseBridge::boundContext, GatehouseBridge::bindContext, GatehouseBridge.ANSWERED));
      GatehouseBridge.install(new AgentBridgeHandler(
          new CallEnforcer(enforcer, live::accounts, callers, registry, exceptions, clock),
          new ProgrammaticChecks(enforcer, callers, exceptions), http));
      InstrumentationAudit failures = new InstrumentationAudit(enforcer);
      Consumer<InstrumentationFailure> onFailure = f -> {
        System.err.println(f.message());
        failures.notInstrumented(f.className(), f.message());
      };
      new MethodInstrumenter(new MethodRules(config.pointcuts()), registry, onFailure).install(inst, attached);
      if (http.isPresent()) {
        new ServletInstrumenter(onFailure).install(inst, attached);
      }
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
