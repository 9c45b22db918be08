package io.gatehouse.agent.enforce;

import java.util.List;
import java.util.Objects;

/**
 * What the standard {@code jakarta.annotation.security} annotations say of a method (the method's
 * own, else its class's): nothing, {@code @PermitAll}, {@code @DenyAll}, or {@code @RolesAllowed}
 * with role names. A role name allows a principal that is a member of the IAM group of that name, or
 * a session of the IAM role of that name.
 *
 * @param kind which annotation applies
 * @param roles the role names of {@code @RolesAllowed}; empty otherwise
 */
public record MethodSecurity(Kind kind, List<String> roles) {
  /** Which annotation applies. */
  public enum Kind {
    /** No security annotation. */
    NONE,
    /** {@code @PermitAll}: no role is checked. */
    PERMIT_ALL,
    /** {@code @DenyAll}: every call is denied. */
    DENY_ALL,
    /** {@code @RolesAllowed}: the caller must have one of the roles. */
    ROLES_ALLOWED
  }

  /** No annotation. */
  public static final MethodSecurity NONE = new MethodSecurity(Kind.NONE, List.of());

  /** Copies the roles. */
  public MethodSecurity {
    Objects.requireNonNull(kind, "kind");
    roles = List.copyOf(roles);
  }

  /** True if calls must be checked ({@code @DenyAll} or {@code @RolesAllowed}). */
  public boolean checksCalls() {
    return kind == Kind.DENY_ALL || kind == Kind.ROLES_ALLOWED;
  }
}
