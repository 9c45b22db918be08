package io.gatehouse.agent.config;

import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.http.HttpSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The agent's configuration, read from {@code gatehouse.yaml} by {@link AgentConfigReader}.
 *
 * @param accountFiles the account files, resolved against the configuration file's directory
 * @param mode enforce or report-only
 * @param principal the process principal's ARN, used when no context is bound; empty for anonymous
 * @param audit where and how the audit trail writes
 * @param pointcuts methods to enforce in classes without annotations
 * @param http the HTTP routes, unmatched requests and authentication to enforce on servlet dispatch;
 *     empty if the file has no {@code routes}
 */
public record AgentConfig(List<Path> accountFiles, EnforcementMode mode, Optional<String> principal,
    AuditOptions audit, List<Pointcut> pointcuts, Optional<HttpSettings> http) {
  /** Copies the lists. */
  public AgentConfig {
    accountFiles = List.copyOf(accountFiles);
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(audit, "audit");
    pointcuts = List.copyOf(pointcuts);
    Objects.requireNonNull(http, "http");
  }
}
