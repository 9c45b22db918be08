package io.gatehouse.agent.instrument;

import java.util.List;

/**
 * The annotations the agent reads, by name: it reads them from class files, never loading the
 * application's annotation classes.
 */
final class AnnotationNames {
  static final String AUTHORIZE = "io.gatehouse.annotation.Authorize";
  static final String AUTHORIZE_LIST = "io.gatehouse.annotation.Authorize$List";
  static final String CONTEXT_KEY = "io.gatehouse.annotation.ContextKey";
  static final String DENY_ALL = "jakarta.annotation.security.DenyAll";
  static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";
  static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";

  /** Annotations that make a method worth instrumenting. */
  static final List<String> ON_METHODS = List.of(AUTHORIZE, AUTHORIZE_LIST, DENY_ALL, ROLES_ALLOWED);
  /** Annotations that make a class's public methods worth instrumenting. */
  static final List<String> ON_CLASSES = List.of(DENY_ALL, ROLES_ALLOWED);

  private AnnotationNames() {}
}
