package io.gatehouse.policy.internal;

import io.gatehouse.policy.ConditionClause;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PrincipalElement;
import io.gatehouse.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link PolicyDocument} back into AWS's JSON structure, so that parsing what it writes
 * gives the same document (except for source locations):
 *
 * <ul>
 *   <li>{@code Version} only if the document had one, {@code Id} if present, {@code Statement}
 *       always as an array;
 *   <li>in a statement: {@code Sid} (if present), {@code Effect}, {@code Principal} or {@code
 *       NotPrincipal} ({@code "*"} or an object by principal type), {@code Action} or {@code
 *       NotAction}, {@code Resource} or {@code NotResource} (only if the statement had one), {@code
 *       Condition} (operator, then key, then values);
 *   <li>a list of one element is written as a plain string, a longer (or empty) one as an array.
 * </ul>
 *
 * <p>Condition values are written as strings, whatever they were in the source: {@code true} and
 * {@code "true"} mean the same to every operator. Stateless and thread-safe.
 */
public final class PolicyDocumentWriter {
  private final PlainJson json = new PlainJson();

  /** Creates a writer. */
  public PolicyDocumentWriter() {}

  /**
   * The document as plain data: maps with keys in AWS's order, lists and strings, ready for any
   * JSON or YAML emitter.
   */
  public Map<String, Object> toTree(PolicyDocument document) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (document.versionGiven()) {
      out.put("Version", document.version());
    }
    document.id().ifPresent(id -> out.put("Id", id));
    List<Object> statements = new ArrayList<>();
    for (Statement s : document.statements()) {
      statements.add(statement(s));
    }
    out.put("Statement", statements);
    return out;
  }

  /** The document as compact JSON text, e.g. for the IAM API (which URL-encodes it). */
  public String toJson(PolicyDocument document) {
    return json.compact(toTree(document));
  }

  private static Map<String, Object> statement(Statement s) {
    Map<String, Object> out = new LinkedHashMap<>();
    s.sid().ifPresent(sid -> out.put("Sid", sid));
    out.put("Effect", s.effect().text());
    s.principal()
        .ifPresent(p -> out.put(s.notPrincipal() ? "NotPrincipal" : "Principal", principal(p)));
    out.put(s.notAction() ? "NotAction" : "Action", oneOrMany(s.actions()));
    if (s.hasResourceElement()) {
      out.put(s.notResource() ? "NotResource" : "Resource", oneOrMany(s.resources()));
    }
    if (!s.conditions().isEmpty()) {
      out.put("Condition", condition(s.conditions()));
    }
    return out;
  }

  private static Object principal(PrincipalElement p) {
    if (p.isAnyone()) {
      return "*";
    }
    Map<String, Object> out = new LinkedHashMap<>();
    p.byType().forEach((type, ids) -> out.put(type, oneOrMany(ids)));
    return out;
  }

  private static Map<String, Object> condition(List<ConditionClause> clauses) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (ConditionClause c : clauses) {
      @SuppressWarnings("unchecked")
      Map<String, Object> keys =
          (Map<String, Object>) out.computeIfAbsent(c.operator(), op -> new LinkedHashMap<>());
      keys.put(c.key(), oneOrMany(c.values()));
    }
    return out;
  }

  private static Object oneOrMany(List<String> values) {
    return values.size() == 1 ? values.get(0) : new ArrayList<Object>(values);
  }
}
