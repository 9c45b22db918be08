package io.gatehouse.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which audit events to show: by principal, action, decision and time, as {@code gatehouse audit}
 * and the web console filter them; and "last accessed", each principal's latest allow of each
 * action. Every filter is optional (null means any). Immutable.
 */
public final class AuditQuery {
  private static final List<String> DECISIONS = List.of("Allow", "Deny", "ExplicitDeny", "ImplicitDeny");

  private final String principal;
  private final String action;
  private final Pattern actionPattern;
  private final String decision;
  private final Instant from;
  private final Instant until;

  private AuditQuery(String principal, String action, String decision, Instant from, Instant until) {
    this.principal = blankToNull(principal);
    this.action = blankToNull(action);
    this.actionPattern = this.action == null ? null : wildcard(this.action);
    this.decision = blankToNull(decision) == null ? null : decisionFilter(decision.strip());
    this.from = from;
    this.until = until;
  }

  /** The query that matches every event. */
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null);
  }

  /**
   * Only this caller; a role's ARN also selects its sessions. Blank or null: any.
   */
  public AuditQuery principal(String arn) {
    return new AuditQuery(arn, action, decision, from, until);
  }

  /** Only this action: {@code service:Name} or {@code Name}, case-insensitive, {@code *} and {@code ?} as wildcards. */
  public AuditQuery action(String glob) {
    return new AuditQuery(principal, glob, decision, from, until);
  }

  /**
   * Only decisions of this kind: {@code Allow}, {@code Deny} (either deny), {@code ExplicitDeny} or
   * {@code ImplicitDeny}, case-insensitive.
   *
   * @throws IllegalArgumentException for any other value
   */
  public AuditQuery decision(String kind) {
    return new AuditQuery(principal, action, kind, from, until);
  }

  /** Only events at or after this time (null: no lower bound). */
  public AuditQuery since(Instant time) {
    return new AuditQuery(principal, action, decision, time, until);
  }

  /** Only events before this time (null: no upper bound). */
  public AuditQuery until(Instant time) {
    return new AuditQuery(principal, action, decision, from, time);
  }

  /** True if the query filters on the decision. */
  public boolean filtersDecision() {
    return decision != null;
  }

  /** True if the event passes every filter. */
  public boolean matches(AuditRecord r) {
    return (from == null || !r.time().isBefore(from))
        && (until == null || r.time().isBefore(until))
        && (principal == null || principal.equals(r.principal()) || principal.equals(r.issuer()))
        && (actionPattern == null
            || actionPattern.matcher(action.indexOf(':') < 0 ? r.action().substring(r.action().indexOf(':') + 1)
                : r.action()).matches())
        && (decision == null || r.isDecision() && (decision.equals("Deny") ? !r.isAllow() : decision.equals(r.outcome())));
  }

  /** One action a principal was last allowed, and the event that allowed it. */
  public record LastAccess(String principal, String action, AuditRecord lastAllow) {}

  /**
   * For each principal (sorted by ARN), each action (compared case-insensitively, as IAM compares
   * actions; sorted) it was allowed, with the latest allow among {@code records}.
   */
  public static List<LastAccess> lastAccessed(List<AuditRecord> records) {
    Map<String, Map<String, AuditRecord>> last = new TreeMap<>();
    for (AuditRecord r : records) {
      if (r.isAllow()) {
        last.computeIfAbsent(r.principal(), p -> new TreeMap<>())
            .merge(r.action().toLowerCase(Locale.ROOT), r, (a, b) -> b.time().isBefore(a.time()) ? a : b);
      }
    }
    List<LastAccess> out = new ArrayList<>();
    last.forEach((p, actions) -> actions.values().forEach(r -> out.add(new LastAccess(p, r.action(), r))));
    return List.copyOf(out);
  }

  private static String decisionFilter(String text) {
    for (String d : DECISIONS) {
      if (d.equalsIgnoreCase(text)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "decision: expected Allow, Deny, ExplicitDeny or ImplicitDeny, found \"" + text + "\"");
  }

  private static Pattern wildcard(String glob) {
    StringBuilder regex = new StringBuilder();
    for (String part : glob.split("((?<=[*?])|(?=[*?]))")) {
      regex.append(part.equals("*") ? ".*" : part.equals("?") ? "." : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
