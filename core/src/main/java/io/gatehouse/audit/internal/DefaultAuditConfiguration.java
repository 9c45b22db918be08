package io.gatehouse.audit.internal;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;

/**
 * The audit's default Log4j configuration, built in code: the {@code gatehouse.audit} logger writes
 * through a blocking {@code Async} appender (a full queue makes the caller wait; nothing is dropped)
 * to a {@code RollingFile} {@code gatehouse-audit.log} that rolls daily (UTC) into {@code
 * gatehouse-audit-YYYY-MM-DD.log.gz}, one JSON line per event in JSON Template Layout with {@value
 * #EVENT_TEMPLATE}. It is the configuration below, in XML form:
 *
 * <pre>{@code
 * <Configuration name="gatehouse-audit" shutdownHook="disable">
 *   <Appenders>
 *     <RollingFile name="file" fileName="DIR/gatehouse-audit.log"
 *                  filePattern="DIR/gatehouse-audit-%d{yyyy-MM-dd}{UTC}.log.gz"
 *                  immediateFlush="false" ignoreExceptions="false">
 *       <JsonTemplateLayout eventTemplateUri="classpath:io/gatehouse/audit/CloudTrailEvent.json"
 *                           truncatedStringSuffix="..."/>
 *       <Policies><TimeBasedTriggeringPolicy/></Policies>
 *     </RollingFile>
 *     <Async name="async" blocking="true" bufferSize="8192" shutdownTimeout="0">
 *       <AppenderRef ref="file"/>
 *     </Async>
 *   </Appenders>
 *   <Loggers>
 *     <Logger name="gatehouse.audit" level="info" additivity="false"><AppenderRef ref="async"/></Logger>
 *     <Root level="off"/>
 *   </Loggers>
 * </Configuration>
 * }</pre>
 *
 * <p>The file appender flushes at the end of each batch the async appender hands it, so a quiet
 * trail has written everything it accepted.
 */
public final class DefaultAuditConfiguration {
  /** The event template on the class path. */
  public static final String EVENT_TEMPLATE = "classpath:io/gatehouse/audit/CloudTrailEvent.json";
  /** The current file's name. */
  public static final String FILE_NAME = "gatehouse-audit.log";
  /**
   * Ends a string cut at JSON Template Layout's maximum length. An ASCII suffix instead of the
   * default {@code …}: the layout quotes it once into its reused buffer, and a single non-Latin-1
   * character there would make every later event encode from UTF-16 (about twice as slow).
   */
  static final String TRUNCATED_SUFFIX = "...";
  /** The async appender's queue length. */
  static final int BUFFER_SIZE = 8192;

  private DefaultAuditConfiguration() {}

  /** The configuration for a context, writing in {@code directory}. */
  public static Configuration build(LoggerContext context, Path directory) {
    String dir = directory.toAbsolutePath().toString();
    ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
    b.setLoggerContext(context);
    b.setConfigurationName(context.getName());
    b.setShutdownHook("disable");
    b.add(b.newAppender("file", "RollingFile")
        .addAttribute("fileName", dir + "/" + FILE_NAME)
        .addAttribute("filePattern", dir + "/gatehouse-audit-%d{yyyy-MM-dd}{UTC}.log.gz")
        .addAttribute("immediateFlush", false)
        .addAttribute("ignoreExceptions", false)
        .add(b.newLayout("JsonTemplateLayout").addAttribute("eventTemplateUri", EVENT_TEMPLATE)
            .addAttribute("truncatedStringSuffix", TRUNCATED_SUFFIX))
        .addComponent(b.newComponent("Policies").addComponent(b.newComponent("TimeBasedTriggeringPolicy"))));
    b.add(b.newAppender("async", "Async")
        .addAttribute("blocking", true)
        .addAttribute("bufferSize", BUFFER_SIZE)
        .addAttribute("shutdownTimeout", 0)
        .addComponent(b.newAppenderRef("file")));
    b.add(b.newLogger(AuditDestination.LOGGER_NAME, Level.INFO)
        .add(b.newAppenderRef("async"))
        .addAttribute("additivity", false));
    b.add(b.newRootLogger(Level.OFF));
    return b.build(false);
  }
}
