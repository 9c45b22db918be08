package io.gatehouse.policy.internal.match;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.variables.TemplateSegment;
import io.gatehouse.policy.internal.variables.VariableTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a statement's {@code Resource} or {@code NotResource}, compiled. Immutable.
 *
 * <ul>
 *   <li>{@code *} alone matches every resource.
 *   <li>A pattern starting with {@code arn:} is matched part by part (see {@link ArnPattern}): a
 *       {@code *} in the region cannot absorb colons, and a resource with fewer than six parts does
 *       not match.
 *   <li>Any other pattern is globbed as a whole.
 * </ul>
 *
 * <p>Matching is case-sensitive. Where the document enables policy variables, {@code ${...}} is
 * replaced at match time by the request's value as literal text; a variable that cannot be resolved
 * makes the pattern match nothing. Patterns are compiled completely here, those with variables too
 * (see {@link VariableResourceMatcher}), and match without allocating.
 */
public final class ResourcePattern {
  /** The compiled form of a pattern without variables. */
  private interface Matcher {
    boolean matches(String resource);
  }

  private final String text;
  private final boolean variablesEnabled;
  private final boolean everything;

  /** For a pattern without variables; null for one with variables. */
  private final Matcher fixed;

  /** For a pattern with variables; null for one without. */
  private final VariableResourceMatcher variable;

  private final String indexKey;

  private ResourcePattern(String text, boolean variablesEnabled, boolean everything,
      Matcher fixed, VariableResourceMatcher variable, String indexKey) {
    this.text = text;
    this.variablesEnabled = variablesEnabled;
    this.everything = everything;
    this.fixed = fixed;
    this.variable = variable;
    this.indexKey = indexKey;
  }

  /**
   * Compiles a pattern.
   *
   * @param pattern the entry as written
   * @param variablesEnabled true if the document substitutes policy variables (version 2012-10-17);
   *     otherwise {@code ${...}} is ordinary text
   * @throws IllegalArgumentException with the problem if the policy variable syntax is bad
   */
  public static ResourcePattern compile(String pattern, boolean variablesEnabled) {
    List<Wildcard.Piece> pieces = List.of(Wildcard.Piece.pattern(pattern));
    if (variablesEnabled && VariableTemplate.mayContainVariables(pattern)) {
      PatternTemplate template = PatternTemplate.parse(pattern);
      if (template.hasVariables()) {
        return new ResourcePattern(pattern, true, false, null,
            VariableResourceMatcher.compile(template),
            ResourceIndexKey.ofPattern(leadingPieces(template), false));
      }
      pieces = template.pieces(RequestContext.empty());
    }
    String key = ResourceIndexKey.ofPattern(pieces, true);
    if (!startsWithArnPrefix(pieces)) {
      Wildcard whole = Wildcard.ofPieces(pieces, false);
      return new ResourcePattern(pattern, variablesEnabled, whole.matchesEverything(),
          whole::matches, null, key);
    }
    ArnPattern arn = ArnPattern.ofPieces(pieces);
    Matcher matcher = arn != null ? arn::matches : Wildcard.ofPieces(pieces, false)::matches;
    return new ResourcePattern(pattern, variablesEnabled, false, matcher, null, key);
  }

  /** The template's pieces before its first variable. */
  private static List<Wildcard.Piece> leadingPieces(PatternTemplate template) {
    List<Wildcard.Piece> pieces = new ArrayList<>();
    for (TemplateSegment segment : template.segments()) {
      if (segment instanceof TemplateSegment.Variable) {
        break;
      }
      pieces.add(segment instanceof TemplateSegment.Escaped e
          ? Wildcard.Piece.literal(e.text())
          : Wildcard.Piece.pattern(((TemplateSegment.PolicyText) segment).text()));
    }
    return pieces;
  }

  private static boolean startsWithArnPrefix(List<Wildcard.Piece> pieces) {
    StringBuilder start = new StringBuilder();
    for (Wildcard.Piece piece : pieces) {
      start.append(piece.text());
      if (start.length() >= Arn.PREFIX.length()) {
        break;
      }
    }
    return start.toString().startsWith(Arn.PREFIX);
  }

  /**
   * Checks a pattern as written.
   *
   * @return null if it is acceptable, otherwise the problem: bad policy variable syntax, or a
   *     malformed ARN (see {@link Arn#checkArn}) for a pattern starting with {@code arn:}
   */
  public static String check(String pattern, boolean variablesEnabled) {
    String arnText = pattern;
    if (variablesEnabled && VariableTemplate.mayContainVariables(pattern)) {
      String problem = VariableTemplate.check(pattern);
      if (problem != null) {
        return problem;
      }
      // Check the ARN's shape with each variable standing for a value without colons, so that
      // the colon in a name like ${aws:username} is not taken for a separator.
      StringBuilder shape = new StringBuilder();
      for (TemplateSegment segment : VariableTemplate.parse(pattern).segments()) {
        if (segment instanceof TemplateSegment.PolicyText p) {
          shape.append(p.text());
        } else if (segment instanceof TemplateSegment.Escaped e) {
          shape.append(e.text());
        } else {
          shape.append("variable");
        }
      }
      arnText = shape.toString();
    }
    return arnText.startsWith(Arn.PREFIX) ? Arn.checkArn(arnText, pattern) : null;
  }

  /**
   * True if the resource matches. Never throws.
   *
   * @param resource the request's resource, usually an ARN
   * @param context the request's context, for policy variables; may be null when the pattern has no
   *     variables
   */
  public boolean matches(String resource, RequestContext context) {
    if (everything) {
      return true;
    }
    if (fixed != null) {
      return fixed.matches(resource);
    }
    return variable.matches(resource, context);
  }

  /** True if the pattern has policy variables, resolved for each request. */
  public boolean hasVariables() {
    return variable != null;
  }

  /**
   * True if the pattern has policy variables that the context cannot resolve; such a pattern
   * matches nothing, and the statement that holds it does not apply at all (not even as a {@code
   * NotResource}).
   */
  public boolean isUnresolvable(RequestContext context) {
    return variable != null && variable.isUnresolvable(context);
  }

  /** True if the pattern matches every resource ({@code *}). */
  public boolean matchesEverything() {
    return everything;
  }

  /**
   * The key under which the statement index files the pattern ({@link ResourceIndexKey}), such as
   * {@code shop:order}
   * for {@code arn:aws:shop:*:*:order/*}: the service and the resource part's first word, up to
   * its first {@code /} or {@code :}. Every resource the pattern matches is an ARN with this key.
   * Null if the pattern's text does not fix both (a wildcard or variable comes first, or the
   * pattern is not an ARN pattern).
   */
  public String indexKey() {
    return indexKey;
  }

  /**
   * Equal patterns match the same resources: they were compiled from the same text, with policy
   * variables enabled in both or in neither.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ResourcePattern p
        && p.text.equals(text)
        && p.variablesEnabled == variablesEnabled;
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + (variablesEnabled ? 1 : 0);
  }

  /** The pattern as written. */
  @Override
  public String toString() {
    return text;
  }
}
