package io.gatehouse.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AsyncAppender;
import org.apache.logging.log4j.core.async.AsyncQueueFullPolicyFactory;
import org.apache.logging.log4j.core.async.DiscardingAsyncQueueFullPolicy;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;

/**
 * Checks, once a logger context has started, that audit events will reach a destination and none
 * will be dropped: the {@code gatehouse.audit} logger is enabled at {@code INFO}, has appenders,
 * and every one of them started; every {@code Async} appender on the way blocks when full (and the
 * JVM does not make full queues discard).
 */
final class DestinationCheck {
  private DestinationCheck() {}

  /** What is wrong, if anything; {@code source} names the configuration in the message. */
  static Optional<String> problem(LoggerContext context, String source) {
    Configuration config = context.getConfiguration();
    if (!context.getLogger(AuditDestination.LOGGER_NAME).isEnabled(Level.INFO)) {
      return Optional.of(source + " does not enable the logger " + AuditDestination.LOGGER_NAME
          + " at level INFO: audit events would be dropped");
    }
    List<Appender> appenders = new ArrayList<>();
    for (LoggerConfig c = config.getLoggerConfig(AuditDestination.LOGGER_NAME); c != null; c = c.getParent()) {
      for (AppenderRef ref : c.getAppenderRefs()) {
        if (config.getAppender(ref.getRef()) == null) {
          return Optional.of("the appender \"" + ref.getRef() + "\" of " + source
              + " could not be created (Log4j's status logger said why)");
        }
      }
      appenders.addAll(c.getAppenders().values());
      if (!c.isAdditive()) {
        break;
      }
    }
    if (appenders.isEmpty()) {
      return Optional.of(source + " gives the logger " + AuditDestination.LOGGER_NAME + " no appender");
    }
    for (int i = 0; i < appenders.size(); i++) {
      Appender a = appenders.get(i);
      if (!a.isStarted()) {
        return Optional.of("the audit appender \"" + a.getName() + "\" of " + source + " could not start");
      }
      if (a instanceof AsyncAppender async) {
        if (!async.isBlocking()) {
          return Optional.of("the Async appender \"" + a.getName() + "\" of " + source
              + " is not blocking and would drop audit events when its queue is full: set blocking=\"true\"");
        }
        if (AsyncQueueFullPolicyFactory.create() instanceof DiscardingAsyncQueueFullPolicy) {
          return Optional.of("the JVM's Log4j setting log4j2.asyncQueueFullPolicy=Discard would make the Async"
              + " appender \"" + a.getName() + "\" drop audit events");
        }
        for (String ref : async.getAppenderRefStrings()) {
          Appender target = config.getAppender(ref);
          if (target == null || !target.isStarted()) {
            return Optional.of("the appender \"" + ref + "\" of " + source + " could not start");
          }
          appenders.add(target);
        }
      }
    }
    return Optional.empty();
  }
}
