package io.gatehouse.policy.internal.condition;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.match.PatternTemplate;
import io.gatehouse.policy.internal.match.Wildcard;
import io.gatehouse.policy.internal.variables.VariableTemplate;
import java.util.List;

/** The string operators' comparisons. Any text is a valid policy value. */
enum StringType implements ValueType {
  /** {@code StringEquals}: exact, case-sensitive. */
  EQUALS,
  /** {@code StringEqualsIgnoreCase}: both sides lower-cased with {@code Locale.ROOT}. */
  EQUALS_IGNORE_CASE,
  /** {@code StringLike}: a case-sensitive glob with {@code *} and {@code ?}. */
  LIKE;

  @Override
  public String check(String value) {
    return null;
  }

  @Override
  public ValueMatcher compile(String value) {
    if (this == EQUALS) {
      return value::equals;
    }
    Wildcard wildcard =
        this == LIKE
            ? Wildcard.compile(value, false)
            : Wildcard.literal(value, true);
    return wildcard::matches;
  }

  @Override
  public ValueMatcher compile(VariableTemplate template, RequestContext context) {
    if (this != LIKE) {
      String resolved = template.resolve(context);
      return resolved == null ? null : compile(resolved);
    }
    List<Wildcard.Piece> pieces = PatternTemplate.of(template).pieces(context);
    return pieces == null ? null : Wildcard.ofPieces(pieces, false)::matches;
  }
}
