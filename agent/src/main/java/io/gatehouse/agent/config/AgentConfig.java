package io.gatehouse.agent.config;

import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.http.CommonSettings;
import io.gatehouse.http.HttpSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The agent's configuration, read from {@code gatehouse.yaml} by {@link AgentConfigReader}.
 *
 * @param common the account files or store, the mode and the audit trail (read as the servlet
 *     filter reads them)
 * @param principal the process principal's ARN, used when no context is bound; empty for anonymous
 * @param pointcuts methods to enforce in classes without annotations
 * @param http the HTTP routes, unmatched requests and authentication to enforce on servlet dispatch;
 *     empty if the file has none of {@code routes}, {@code unmatched}, {@code authentication}
 */
public record AgentConfig(CommonSettings common, Optional<String> principal, List<Pointcut> pointcuts,
    Optional<HttpSettings> http) {
  /** Copies the lists. */
  public AgentConfig {
    Objects.requireNonNull(common, "common");
    Objects.requireNonNull(principal, "principal");
    pointcuts = List.copyOf(pointcuts);
    Objects.requireNonNull(http, "http");
  }

  /** The account files of {@code accounts}; empty with {@code store}. */
  public List<Path> accountFiles() {
    return common.accountFiles();
  }

  /** Enforce or report-only. */
  public EnforcementMode mode() {
    return common.mode();
  }

  /** Where and how the audit trail writes. */
  public AuditOptions audit() {
    return common.audit();
  }
}
