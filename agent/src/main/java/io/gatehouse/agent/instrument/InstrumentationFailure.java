package io.gatehouse.agent.instrument;

import java.util.List;
import java.util.Objects;

/**
 * A class with methods to enforce that the agent could not instrument.
 *
 * @param className the class's binary name
 * @param methods the methods that were to be enforced (empty if the failure came before they were known)
 * @param cause what went wrong
 * @param refused true if the class was replaced by one that refuses to load; false if it was already
 *     loaded (the agent was attached to a running JVM) and stays as it was
 */
public record InstrumentationFailure(String className, List<String> methods, Throwable cause, boolean refused) {
  /** Copies the methods. */
  public InstrumentationFailure {
    Objects.requireNonNull(className, "className");
    methods = List.copyOf(methods);
    Objects.requireNonNull(cause, "cause");
  }

  /** The message of the replacement class's exception and of the audit event. */
  public String message() {
    return "the Gatehouse agent could not instrument " + className + (methods.isEmpty() ? "" : " " + methods)
        + " to enforce its calls (" + cause + ")" + (refused ? ", so the class is not loaded: it would run unenforced"
            : "; the class was loaded before the agent started and runs unenforced");
  }
}
