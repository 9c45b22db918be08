package io.gatehouse.audit;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link Log4jAuditTrail} writes: where, how many allows, and what happens when the
 * destination cannot be written.
 *
 * @param directory where the default configuration writes {@code gatehouse-audit.log} and its daily
 *     rolled files; ignored when {@code log4jConfig} is given
 * @param log4jConfig a Log4j 2 configuration file (XML, JSON, YAML or properties) for the audit's
 *     own logger context, to route events with any appender; null for the default rolling file
 * @param allow how many allowed decisions are recorded; denies and changes always are
 * @param failClosed if the destination cannot be written at start: true (the default) makes every
 *     {@code decision} and {@code change} throw, so that enforcement denies; false drops events
 *     after one report to standard error
 */
public record AuditOptions(Path directory, Path log4jConfig, AllowVolume allow, boolean failClosed) {
  private static final Set<String> SETTING_NAMES = Set.of("directory", "log4jConfig", "allow", "deny", "failClosed");

  /** Checks the parts: a directory or a configuration file is needed. */
  public AuditOptions {
    if (directory == null && log4jConfig == null) {
      throw new IllegalArgumentException("audit options need a directory or a Log4j configuration file");
    }
    Objects.requireNonNull(allow, "allow");
  }

  /** The default set-up writing to {@code gatehouse-audit.log} in a directory: all allows, fail closed. */
  public static AuditOptions inDirectory(Path directory) {
    return new AuditOptions(Objects.requireNonNull(directory, "directory"), null, AllowVolume.all(), true);
  }

  /** Events routed by a Log4j 2 configuration file of the user's: all allows, fail closed. */
  public static AuditOptions withLog4jConfig(Path log4jConfig) {
    return new AuditOptions(null, Objects.requireNonNull(log4jConfig, "log4jConfig"), AllowVolume.all(), true);
  }

  /** These options with another allow volume. */
  public AuditOptions withAllow(AllowVolume newAllow) {
    return new AuditOptions(directory, log4jConfig, newAllow, failClosed);
  }

  /** These options with another choice for an unwritable destination. */
  public AuditOptions withFailClosed(boolean newFailClosed) {
    return new AuditOptions(directory, log4jConfig, allow, newFailClosed);
  }

  /**
   * Reads textual settings, e.g. from a properties file or an agent's arguments: {@code directory}
   * (default: the working directory), {@code log4jConfig}, {@code allow} ({@code all}, {@code
   * sampled(N)}, {@code none}; default {@code all}), {@code deny} (only {@code all}: denies are
   * always recorded) and {@code failClosed} ({@code true} or {@code false}; default {@code true}).
   *
   * @throws IllegalArgumentException for an unknown setting or a bad value, naming it
   */
  public static AuditOptions fromSettings(Map<String, String> settings) {
    for (String name : settings.keySet()) {
      if (!SETTING_NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown audit setting \"" + name
            + "\"; expected directory, log4jConfig, allow, deny or failClosed");
      }
    }
    String deny = settings.get("deny");
    if (deny != null && !deny.strip().equals("all")) {
      throw new IllegalArgumentException("deny: expected \"all\" (denies are always recorded), found \"" + deny + "\"");
    }
    String failClosed = settings.getOrDefault("failClosed", "true").strip();
    if (!failClosed.equals("true") && !failClosed.equals("false")) {
      throw new IllegalArgumentException("failClosed: expected \"true\" or \"false\", found \"" + failClosed + "\"");
    }
    String config = settings.get("log4jConfig");
    Path directory = Path.of(settings.getOrDefault("directory", "."));
    return new AuditOptions(directory, config == null ? null : Path.of(config),
        AllowVolume.parse(settings.getOrDefault("allow", "all")), Boolean.parseBoolean(failClosed));
  }
}
