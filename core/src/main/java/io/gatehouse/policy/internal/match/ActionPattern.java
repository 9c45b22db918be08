package io.gatehouse.policy.internal.match;

import java.util.Locale;

/**
 * One entry of a statement's {@code Action} or {@code NotAction}, such as {@code shop:GetOrder},
 * {@code shop:Get*}, {@code s3:*Object*} or {@code *}, compiled. Matching ignores case, as IAM
 * does. Immutable.
 */
public final class ActionPattern {
  private final String text;
  private final Wildcard wildcard;
  private final String servicePrefix;
  private final String exactAction;

  private ActionPattern(String text, Wildcard wildcard, String servicePrefix, String exactAction) {
    this.text = text;
    this.wildcard = wildcard;
    this.servicePrefix = servicePrefix;
    this.exactAction = exactAction;
  }

  /** Compiles a pattern as written in a policy. */
  public static ActionPattern compile(String pattern) {
    String lower = pattern.toLowerCase(Locale.ROOT);
    // Compiled case-sensitively over lower-cased text: callers pass lower-cased actions, so the
    // hot path never lower-cases or allocates.
    Wildcard wildcard = Wildcard.compile(lower, false);
    int colon = lower.indexOf(':');
    String prefix = colon < 0 ? null : lower.substring(0, colon);
    if (prefix != null && Wildcard.compile(prefix, false).hasWildcards()) {
      prefix = null;
    }
    return new ActionPattern(pattern, wildcard, prefix, wildcard.hasWildcards() ? null : lower);
  }

  /**
   * True if the action matches.
   *
   * @param lowerCaseAction the request's action, already lower-cased with {@link Locale#ROOT}
   */
  public boolean matches(String lowerCaseAction) {
    return wildcard.matches(lowerCaseAction);
  }

  /**
   * The lower-cased service prefix (the text before the first {@code :}), for indexing statements
   * by service; null if the pattern has no colon or wildcards before it (e.g. {@code *}).
   */
  public String servicePrefix() {
    return servicePrefix;
  }

  /** The whole lower-cased action if the pattern has no wildcard at all, otherwise null. */
  public String exactAction() {
    return exactAction;
  }

  /** True if the pattern matches every action (e.g. {@code *}). */
  public boolean matchesEverything() {
    return wildcard.matchesEverything();
  }

  /** The pattern as written. */
  @Override
  public String toString() {
    return text;
  }
}
