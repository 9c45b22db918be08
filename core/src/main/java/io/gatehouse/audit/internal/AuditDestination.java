package io.gatehouse.audit.internal;

import io.gatehouse.audit.AuditOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.core.config.ConfigurationSource;

/**
 * Where audit events are written: a Log4j {@link LoggerContext} of the audit's own, never {@code
 * LogManager}'s, so that the application's Log4j or Logback configuration is neither used nor
 * changed. Opening never throws: a destination that cannot be written is returned unusable, with
 * the {@linkplain #problem() problem}. Thread-safe.
 */
public final class AuditDestination implements AutoCloseable {
  /** The audit logger's name. */
  public static final String LOGGER_NAME = "gatehouse.audit";
  /** The audit logger context's name. */
  public static final String CONTEXT_NAME = "gatehouse-audit";

  private final LoggerContext context;
  private final Logger logger;
  private final String problem;

  private AuditDestination(LoggerContext context, String problem) {
    this.context = context;
    this.logger = context == null ? null : context.getLogger(LOGGER_NAME);
    this.problem = problem;
  }

  /** Opens the destination the options describe: their Log4j configuration file, or the default rolling file. */
  public static AuditDestination open(AuditOptions options) {
    String source;
    if (options.log4jConfig() == null) {
      source = "the default configuration";
      String unwritable = unwritableDirectory(options.directory());
      if (unwritable != null) {
        return new AuditDestination(null, unwritable);
      }
    } else {
      source = options.log4jConfig().toString();
      if (!Files.isReadable(options.log4jConfig())) {
        return new AuditDestination(null, "cannot read the audit's Log4j configuration " + source);
      }
    }
    LoggerContext context = new LoggerContext(CONTEXT_NAME);
    try {
      context.start(configuration(context, options));
    } catch (RuntimeException e) {
      context.stop();
      return new AuditDestination(null, "the audit's Log4j configuration (" + source + ") could not start: " + e);
    }
    Optional<String> problem = DestinationCheck.problem(context, source);
    if (problem.isPresent()) {
      context.stop();
      return new AuditDestination(null, problem.get());
    }
    return new AuditDestination(context, null);
  }

  /** Why events cannot be written, if they cannot. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** True if events can be written. */
  public boolean isUsable() {
    return context != null;
  }

  /**
   * Hands one event to Log4j; blocks while the asynchronous queue is full.
   *
   * @throws IllegalStateException if the destination is not usable
   */
  public void write(AuditMessage event) {
    if (logger == null) {
      throw new IllegalStateException(problem);
    }
    logger.info(event);
  }

  /** Writes every event handed over, then stops the logger context. */
  @Override
  public void close() {
    if (context != null) {
      context.stop();
    }
  }

  private static Configuration configuration(LoggerContext context, AuditOptions options) {
    if (options.log4jConfig() == null) {
      return DefaultAuditConfiguration.build(context, options.directory());
    }
    ConfigurationSource source = ConfigurationSource.fromUri(options.log4jConfig().toUri());
    if (source == null) {
      throw new IllegalArgumentException("cannot read " + options.log4jConfig());
    }
    Configuration c = ConfigurationFactory.getInstance().getConfiguration(context, source);
    if (c == null) {
      throw new IllegalArgumentException("not a Log4j 2 configuration file (XML, JSON, YAML or properties)");
    }
    return c;
  }

  /** Why the default file cannot be written in the directory, or null if it can. */
  private static String unwritableDirectory(Path directory) {
    Path file = directory.resolve(DefaultAuditConfiguration.FILE_NAME);
    try {
      Files.createDirectories(directory);
    } catch (FileAlreadyExistsException e) {
      return "cannot write audit events to " + file + ": " + directory + " exists and is not a directory";
    } catch (IOException | SecurityException e) {
      return "cannot write audit events to " + file + ": cannot create the directory " + directory + " (" + e + ")";
    }
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
        StandardOpenOption.WRITE)) {
      return null;
    } catch (IOException | SecurityException e) {
      return "cannot write audit events to " + file + " (" + e + ")";
    }
  }
}
