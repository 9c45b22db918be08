package io.gatehouse.http.internal;

import io.gatehouse.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a request comes from, once a scheme has proved it.
 *
 * @param caller the caller, anonymous if no scheme applied
 * @param region the region of a SigV4 credential scope ({@code aws:RequestedRegion}), or null
 * @param sessionAccessKeyId the access key id of the temporary credentials a role session proved
 *     itself with, or null for other callers
 * @param sessionToken their session token (a secret, handed only to the bound call context), or null
 */
record Authenticated(Caller caller, String region, String sessionAccessKeyId, String sessionToken) {
  static final Authenticated ANONYMOUS = new Authenticated(Caller.anonymous(), null);

  Authenticated {
    Objects.requireNonNull(caller, "caller");
    if ((sessionAccessKeyId == null) != (sessionToken == null)) {
      throw new IllegalArgumentException("session credentials need both an access key id and a token");
    }
  }

  /** A caller without temporary credentials. */
  Authenticated(Caller caller, String region) {
    this(caller, region, null, null);
  }

  @Override
  public String toString() {
    return "Authenticated[" + caller + (region == null ? "" : ", region " + region)
        + (sessionAccessKeyId == null ? "" : ", session " + sessionAccessKeyId) + "]";
  }

  Optional<String> regionIfAny() {
    return Optional.ofNullable(region);
  }
}
