package io.gatehouse.audit;

import static io.gatehouse.audit.AuditFixture.CLOCK;
import static io.gatehouse.audit.AuditFixture.ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Enforcer;
import io.gatehouse.RequestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's own (global) Log4j configuration and the audit trail do not see each other. */
class HostLoggingIsolationTest {
  @TempDir Path dir;
  private LoggerContext host;

  /** The host application's appender: keeps the messages it was given. */
  static final class MemoryAppender extends AbstractAppender {
    final List<String> messages = new CopyOnWriteArrayList<>();

    MemoryAppender() {
      super("host-memory", null, null, true, Property.EMPTY_ARRAY);
    }

    @Override
    public void append(LogEvent event) {
      messages.add(event.getLoggerName() + ": " + event.getMessage().getFormattedMessage());
    }
  }

  @AfterEach
  void stopHostLogging() {
    if (host != null) {
      Configurator.shutdown(host);
    }
  }

  @Test
  void theHostConfigurationKeepsItsAppenderAndNeverReceivesAuditEvents() throws Exception {
    ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
    b.setConfigurationName("host-app");
    b.add(b.newRootLogger(Level.ALL));
    host = Configurator.initialize(b.build());
    MemoryAppender memory = new MemoryAppender();
    memory.start();
    Configuration hostConfig = host.getConfiguration();
    hostConfig.getRootLogger().addAppender(memory, Level.ALL, null);
    host.updateLoggers();
    assertSame(host, LogManager.getContext(false));

    LogManager.getLogger("app").info("before the trail");
    try (Log4jAuditTrail trail = Log4jAuditTrail.open(AuditOptions.inDirectory(dir))) {
      Enforcer enforcer = new Enforcer(AuditFixture.authorizer(), trail, EnforcementMode.ENFORCE, CLOCK);
      enforcer.decide(AuditFixture.alice(), "shop:GetOrder", ORDER, RequestContext.empty(), EnforcementPoint.API,
          RequestInfo.none());
      // The host logs under the audit logger's very name: that goes to the host's appender only.
      LogManager.getLogger("gatehouse.audit").info("host message under the audit logger's name");
      LogManager.getLogger("app").info("during the trail");
    }
    LogManager.getLogger("app").info("after the trail");

    assertSame(host, LogManager.getContext(false));
    assertSame(hostConfig, host.getConfiguration());
    assertEquals(List.of("app: before the trail", "gatehouse.audit: host message under the audit logger's name",
        "app: during the trail", "app: after the trail"), memory.messages);
    List<String> audit = Files.readAllLines(dir.resolve("gatehouse-audit.log"));
    assertEquals(1, audit.size());
    assertTrue(audit.get(0).contains("\"eventName\":\"GetOrder\""), audit.get(0));
  }
}
