package io.gatehouse.http;

import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A web application's {@code gatehouse.yaml}, read by {@link GatehouseConfigReader}. Immutable.
 *
 * @param accountFiles the account files to decide with
 * @param mode enforce, or report-only (denies are audited and let through)
 * @param audit where and how decisions are audited
 * @param http routes, unmatched requests and authentication
 */
public record GatehouseConfig(List<Path> accountFiles, EnforcementMode mode, AuditOptions audit, HttpSettings http) {
  /** Copies the file list. */
  public GatehouseConfig {
    accountFiles = List.copyOf(accountFiles);
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(http, "http");
  }
}
