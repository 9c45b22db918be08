package io.gatehouse.policy.internal.match;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.variables.TemplateSegment;
import io.gatehouse.policy.internal.variables.VariableTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * A wildcard pattern written with policy variables, e.g. {@code home/${aws:username}/*}. The
 * policy's own text keeps its wildcards; escapes ({@code ${*}}, {@code ${?}}, {@code ${$}}) and
 * resolved values are literal text. Immutable.
 */
public final class PatternTemplate {
  private final VariableTemplate template;

  private PatternTemplate(VariableTemplate template) {
    this.template = template;
  }

  /**
   * Compiles pattern text that has policy variables.
   *
   * @throws IllegalArgumentException with the problem if the variable syntax is bad
   */
  public static PatternTemplate parse(String text) {
    return new PatternTemplate(VariableTemplate.parse(text));
  }

  /** Wraps an already compiled template. */
  public static PatternTemplate of(VariableTemplate template) {
    return new PatternTemplate(template);
  }

  /** True if the template has variables, so that its pieces differ from request to request. */
  public boolean hasVariables() {
    return template.hasVariables();
  }

  /** The template's segments in order. */
  List<TemplateSegment> segments() {
    return template.segments();
  }

  /**
   * The pattern's pieces for a request.
   *
   * @return the pieces for {@link Wildcard#ofPieces} or {@link ArnPattern#ofPieces}, or null if a
   *     variable cannot be resolved
   */
  public List<Wildcard.Piece> pieces(RequestContext context) {
    List<TemplateSegment> segments = template.segments();
    List<Wildcard.Piece> pieces = new ArrayList<>(segments.size());
    for (TemplateSegment segment : segments) {
      if (segment instanceof TemplateSegment.Variable v) {
        String value = v.resolve(context);
        if (value == null) {
          return null;
        }
        pieces.add(Wildcard.Piece.literal(value));
      } else if (segment instanceof TemplateSegment.Escaped e) {
        pieces.add(Wildcard.Piece.literal(e.text()));
      } else {
        pieces.add(Wildcard.Piece.pattern(((TemplateSegment.PolicyText) segment).text()));
      }
    }
    return pieces;
  }

  /** The text as written in the policy. */
  @Override
  public String toString() {
    return template.text();
  }
}
