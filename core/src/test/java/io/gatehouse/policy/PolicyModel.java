package io.gatehouse.policy;

import java.util.stream.Collectors;

/** Describes a policy model without its source locations, to compare documents across formats. */
final class PolicyModel {
  private PolicyModel() {}

  static String describe(PolicyDocument doc) {
    return "version="
        + doc.version()
        + (doc.versionGiven() ? "" : " (default)")
        + " id="
        + doc.id().orElse(null)
        + "\n"
        + doc.statements().stream().map(PolicyModel::describe).collect(Collectors.joining("\n"));
  }

  private static String describe(Statement s) {
    return s.index()
        + " sid="
        + s.sid().orElse(null)
        + " "
        + s.effect()
        + " principal="
        + s.principal().map(Object::toString).orElse(null)
        + (s.notPrincipal() ? " (not)" : "")
        + " actions="
        + s.actions()
        + (s.notAction() ? " (not)" : "")
        + " resources="
        + (s.hasResourceElement() ? s.resources() : "none")
        + (s.notResource() ? " (not)" : "")
        + " conditions="
        + s.conditions();
  }
}
