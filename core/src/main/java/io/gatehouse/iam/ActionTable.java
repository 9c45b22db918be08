package io.gatehouse.iam;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The IAM actions {@link IamActions} runs, by name, each with its parameters and its handler. Handlers
 * are given the service at each call, so the table can also be built just to describe the actions.
 */
final class ActionTable {
  /** One action: what it takes, and what runs it. */
  record Definition(
      IamActionDescription description, BiFunction<IamService, ActionRequest, Map<String, Object>> handler) {}

  private final Map<String, Definition> byName = new TreeMap<>();

  /** Adds an action whose response has a result element. */
  void withResult(String name, String summary,
      BiFunction<IamService, ActionRequest, Map<String, Object>> handler,
      IamParameter... parameters) {
    IamActionDescription d = new IamActionDescription(name, summary, Arrays.asList(parameters));
    if (byName.putIfAbsent(name, new Definition(d, handler)) != null) {
      throw new IllegalStateException("action " + name + " defined twice");
    }
  }

  /** Adds an action whose response has no result element (an empty map). */
  void withoutResult(String name, String summary, BiConsumer<IamService, ActionRequest> handler,
      IamParameter... parameters) {
    withResult(name, summary, (iam, r) -> {
      handler.accept(iam, r);
      return new LinkedHashMap<>();
    }, parameters);
  }

  Map<String, Definition> definitions() {
    return byName;
  }

  /** Every IAM action Gatehouse offers. */
  static ActionTable all() {
    ActionTable table = new ActionTable();
    UserActions.addTo(table);
    GroupActions.addTo(table);
    RoleActions.addTo(table);
    ManagedPolicyActions.addTo(table);
    AttachmentActions.addTo(table);
    InlinePolicyActions.addTo(table);
    AccessKeyActions.addTo(table);
    LoginProfileActions.addTo(table);
    MfaActions.addTo(table);
    AccountActions.addTo(table);
    SimulationActions.addTo(table);
    return table;
  }
}
