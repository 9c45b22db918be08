package io.gatehouse.iam;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/** The IAM actions {@link IamActions} runs, by name, each with its parameters and its handler. */
final class ActionTable {
  /** One action: what it takes, and what runs it. */
  record Definition(IamActionDescription description, Function<ActionRequest, Map<String, Object>> handler) {}

  private final Map<String, Definition> byName = new TreeMap<>();

  /** Adds an action whose response has a result element. */
  void withResult(String name, String summary, Function<ActionRequest, Map<String, Object>> handler,
      IamParameter... parameters) {
    IamActionDescription d = new IamActionDescription(name, summary, Arrays.asList(parameters));
    if (byName.putIfAbsent(name, new Definition(d, handler)) != null) {
      throw new IllegalStateException("action " + name + " defined twice");
    }
  }

  /** Adds an action whose response has no result element (an empty map). */
  void withoutResult(String name, String summary, Consumer<ActionRequest> handler, IamParameter... parameters) {
    withResult(name, summary, r -> {
      handler.accept(r);
      return new LinkedHashMap<>();
    }, parameters);
  }

  Map<String, Definition> definitions() {
    return byName;
  }
}
