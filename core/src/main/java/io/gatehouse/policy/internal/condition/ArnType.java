package io.gatehouse.policy.internal.condition;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.match.ArnPattern;
import io.gatehouse.policy.internal.match.PatternTemplate;
import io.gatehouse.policy.internal.match.Wildcard;
import io.gatehouse.policy.internal.variables.VariableTemplate;
import java.util.List;

/**
 * The ARN operators' comparison ({@code ArnEquals} and {@code ArnLike} alike, as AWS documents):
 * the policy value is an ARN pattern matched part by part, with {@code *} and {@code ?} working
 * within one part (see {@link ArnPattern}). A request value that is not an ARN does not match. A
 * policy value with fewer than six colon-separated parts is accepted but matches nothing, since AWS
 * requires every part to be present even when it is a wildcard.
 */
final class ArnType implements ValueType {

  @Override
  public String check(String value) {
    return null;
  }

  @Override
  public ValueMatcher compile(String value) {
    return matcherOf(ArnPattern.compile(value));
  }

  @Override
  public ValueMatcher compile(VariableTemplate template, RequestContext context) {
    List<Wildcard.Piece> pieces = PatternTemplate.of(template).pieces(context);
    return pieces == null ? null : matcherOf(ArnPattern.ofPieces(pieces));
  }

  private static ValueMatcher matcherOf(ArnPattern pattern) {
    return pattern == null ? ValueMatcher.NOTHING : pattern::matches;
  }
}
