package io.gatehouse.http;

import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A web application's {@code gatehouse.yaml}, read by {@link GatehouseConfigReader}. Immutable.
 *
 * @param common the accounts or store, the mode and the audit trail
 * @param http routes, unmatched requests and authentication
 */
public record GatehouseConfig(CommonSettings common, HttpSettings http) {
  /** Checks the parts. */
  public GatehouseConfig {
    Objects.requireNonNull(common, "common");
    Objects.requireNonNull(http, "http");
  }

  /** The account files of {@code accounts}; empty with {@code store}. */
  public List<Path> accountFiles() {
    return common.accountFiles();
  }

  /** Enforce, or report-only (denies are audited and let through). */
  public EnforcementMode mode() {
    return common.mode();
  }

  /** Where and how decisions are audited. */
  public AuditOptions audit() {
    return common.audit();
  }
}
