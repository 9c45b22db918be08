package io.gatehouse.http.internal;

import io.gatehouse.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a request comes from, once a scheme has proved it.
 *
 * @param caller the caller, anonymous if no scheme applied
 * @param region the region of a SigV4 credential scope ({@code aws:RequestedRegion}), or null
 */
record Authenticated(Caller caller, String region) {
  static final Authenticated ANONYMOUS = new Authenticated(Caller.anonymous(), null);

  Authenticated {
    Objects.requireNonNull(caller, "caller");
  }

  Optional<String> regionIfAny() {
    return Optional.ofNullable(region);
  }
}
