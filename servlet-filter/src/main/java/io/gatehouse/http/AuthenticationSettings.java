package io.gatehouse.http;

import io.gatehouse.store.AccessKeyUsageRecorder;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which ways of proving who is calling are accepted ({@code authentication} in {@code
 * gatehouse.yaml}). Schemes are tried in a fixed order: SigV4, Bearer (OIDC), Basic, the container's
 * own authentication, then anonymous.
 *
 * @param sigV4 true to accept AWS Signature Version 4 (header and presigned URLs)
 * @param sigV4Service the service the credential scope must name, or null for any
 * @param sigV4Regions the regions the credential scope may name; empty for any
 * @param oidc Bearer ID tokens by issuer and the role they act as; empty turns Bearer off
 * @param basic true to accept HTTP Basic with an IAM user's console password
 * @param mfaHeader the header that carries a Basic user's TOTP code
 * @param container true to take the container's authenticated user as the IAM user of that name
 * @param account the account of Basic and container user names, or null if there is only one
 * @param trustedProxies CIDR ranges of proxies whose {@code X-Forwarded-For} is believed
 * @param lastUsedInterval how often a SigV4 access key's last use is recorded in its account (see
 *     {@link AccessKeyUsageRecorder}); zero turns recording off
 */
public record AuthenticationSettings(
    boolean sigV4,
    String sigV4Service,
    List<String> sigV4Regions,
    List<OidcRoleMapping> oidc,
    boolean basic,
    String mfaHeader,
    boolean container,
    String account,
    List<String> trustedProxies,
    Duration lastUsedInterval) {

  /** The header that carries a TOTP code unless another is configured. */
  public static final String DEFAULT_MFA_HEADER = "X-Gatehouse-MFA";

  /** Copies the lists. */
  public AuthenticationSettings {
    sigV4Regions = List.copyOf(sigV4Regions);
    oidc = List.copyOf(oidc);
    Objects.requireNonNull(mfaHeader, "mfaHeader");
    trustedProxies = List.copyOf(trustedProxies);
    if (lastUsedInterval.isNegative()) {
      throw new IllegalArgumentException("lastUsedInterval must not be negative");
    }
  }

  /** Settings that record access keys' last use every {@link AccessKeyUsageRecorder#DEFAULT_INTERVAL}. */
  public AuthenticationSettings(boolean sigV4, String sigV4Service, List<String> sigV4Regions,
      List<OidcRoleMapping> oidc, boolean basic, String mfaHeader, boolean container, String account,
      List<String> trustedProxies) {
    this(sigV4, sigV4Service, sigV4Regions, oidc, basic, mfaHeader, container, account, trustedProxies,
        AccessKeyUsageRecorder.DEFAULT_INTERVAL);
  }

  /** SigV4 and Basic on, Bearer and the container's authentication off, no trusted proxy. */
  public static AuthenticationSettings defaults() {
    return new AuthenticationSettings(true, null, List.of(), List.of(), true, DEFAULT_MFA_HEADER, false, null,
        List.of());
  }

  /** The account that Basic and container user names belong to, if configured. */
  public Optional<String> accountIfAny() {
    return Optional.ofNullable(account);
  }
}
