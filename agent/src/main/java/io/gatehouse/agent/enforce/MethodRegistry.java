package io.gatehouse.agent.enforce;

import java.util.Arrays;
import java.util.Objects;

/**
 * The rules of instrumented methods by id: a method gets its id when it is instrumented, and the
 * advice passes that id on every call, so a call costs an array read rather than reflection.
 * Registration is synchronized; lookups read a volatile array without locking. Rules stay for the
 * life of the JVM.
 */
public final class MethodRegistry {
  private volatile MethodRule[] rules = new MethodRule[64];
  private int size;

  /** Registers a rule and returns its id. */
  public synchronized int register(MethodRule rule) {
    Objects.requireNonNull(rule, "rule");
    MethodRule[] current = rules;
    if (size == current.length) {
      current = Arrays.copyOf(current, size * 2);
    }
    current[size] = rule;
    rules = current;
    return size++;
  }

  /**
   * The rule with this id.
   *
   * @throws IllegalArgumentException for an id that was never given
   */
  public MethodRule rule(int id) {
    MethodRule[] current = rules;
    MethodRule r = id >= 0 && id < current.length ? current[id] : null;
    if (r == null) {
      throw new IllegalArgumentException("no instrumented method has id " + id);
    }
    return r;
  }

  /** How many methods are instrumented. */
  public synchronized int size() {
    return size;
  }
}
