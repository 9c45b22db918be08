package io.gatehouse.http;

import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.store.StoreSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys of {@code gatehouse.yaml} that every enforcement point reads alike ({@code accounts} or
 * {@code store}, {@code mode}, {@code audit}), as read by {@link CommonSettingsReader}. Immutable.
 *
 * @param accountFiles the account files of {@code accounts}, resolved against the configuration
 *     file's directory; empty with {@code store}
 * @param store the account store of {@code store}; empty with {@code accounts}
 * @param mode enforce, or report-only (denies are audited and let through)
 * @param audit where and how decisions are audited
 */
public record CommonSettings(List<Path> accountFiles, Optional<StoreSettings> store, EnforcementMode mode,
    AuditOptions audit) {
  /** Copies the file list; exactly one of the files and the store is given. */
  public CommonSettings {
    accountFiles = List.copyOf(accountFiles);
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(audit, "audit");
    if (accountFiles.isEmpty() == store.isEmpty()) {
      throw new IllegalArgumentException("give either account files or a store");
    }
  }
}
