package io.gatehouse.policy.internal.match;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.variables.TemplateSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The matcher of a {@code Resource} pattern with policy variables, compiled once so that matching
 * allocates nothing in the usual shapes. Immutable.
 *
 * <p>A variable's value is literal text that may contain colons, which would move the ARN's part
 * boundaries. So the shape is settled at compile time only where values cannot change it:
 *
 * <ul>
 *   <li>{@link Shape#ARN}: the pattern starts with {@code arn:} and every variable is after its
 *       fifth colon (as in {@code arn:aws:s3:::home/${aws:username}/*}). A skeleton, the pattern
 *       with each variable as {@code *}, matches the first five parts, which hold no variable, and
 *       rejects most resources without looking anything up; the resource part is then matched with
 *       the values in place. (The skeleton does not judge the resource part: its {@code *} steps
 *       over surrogate pairs, which a value need not end with.)
 *   <li>{@link Shape#GLOB}: the pattern does not start with {@code arn:}; it is globbed whole.
 *   <li>{@link Shape#ARN_PARTS}: the pattern starts with {@code arn:} but has variables before its
 *       fifth colon (or fewer than five colons). Values without colons keep the written shape and
 *       are matched in place; a value with a colon takes the general path below.
 *   <li>{@link Shape#DYNAMIC}: a variable within the first four characters decides whether the
 *       pattern is an ARN at all; every match resolves the pieces and compiles them, as {@link
 *       ResourcePattern} did before this class existed.
 * </ul>
 */
final class VariableResourceMatcher {
  private enum Shape {
    ARN,
    GLOB,
    ARN_PARTS,
    DYNAMIC
  }

  private final PatternTemplate template;
  private final Shape shape;
  private final PolicyVariable[] variables;

  /** ARN_PARTS: the variables before the fifth colon, whose values must hold no colon. */
  private final PolicyVariable[] prefixVariables;

  /** ARN: the pattern with every variable as {@code *}, for the five parts before the last. */
  private final ArnPattern skeleton;

  /** ARN: one glob, the resource part. GLOB: the whole pattern. ARN_PARTS: six parts or one. */
  private final VariableGlob[] globs;

  private VariableResourceMatcher(PatternTemplate template, Shape shape,
      PolicyVariable[] variables, PolicyVariable[] prefixVariables, ArnPattern skeleton,
      VariableGlob[] globs) {
    this.template = template;
    this.shape = shape;
    this.variables = variables;
    this.prefixVariables = prefixVariables;
    this.skeleton = skeleton;
    this.globs = globs;
  }

  /** Compiles a template that has at least one variable. */
  static VariableResourceMatcher compile(PatternTemplate template) {
    List<TemplateSegment> segments = template.segments();
    List<PolicyVariable> all = new ArrayList<>();
    List<Wildcard.Piece> skeletonPieces = new ArrayList<>();
    // The text before the first variable: if it has four characters, it alone says whether the
    // pattern is an ARN.
    StringBuilder lead = new StringBuilder();
    for (TemplateSegment segment : segments) {
      if (segment instanceof TemplateSegment.Variable v) {
        all.add(new PolicyVariable(v));
        skeletonPieces.add(Wildcard.Piece.pattern("*"));
      } else {
        String text = textOf(segment);
        if (all.isEmpty()) {
          lead.append(text);
        }
        skeletonPieces.add(segment instanceof TemplateSegment.Escaped
            ? Wildcard.Piece.literal(text) : Wildcard.Piece.pattern(text));
      }
    }
    PolicyVariable[] variables = all.toArray(new PolicyVariable[0]);
    if (lead.length() < Arn.PREFIX.length()) {
      return new VariableResourceMatcher(template, Shape.DYNAMIC, variables, null, null, null);
    }
    if (!lead.toString().startsWith(Arn.PREFIX)) {
      VariableGlob whole = globOf(segments, new ArrayList<>()).get(0);
      return new VariableResourceMatcher(template, Shape.GLOB, variables, null, null,
          new VariableGlob[] {whole});
    }
    List<PolicyVariable> prefixVariables = new ArrayList<>();
    List<VariableGlob> parts = partsOf(segments, prefixVariables);
    if (prefixVariables.isEmpty()) {
      return new VariableResourceMatcher(template, Shape.ARN, variables, null,
          ArnPattern.ofPieces(skeletonPieces), new VariableGlob[] {parts.get(Arn.SEPARATORS)});
    }
    return new VariableResourceMatcher(template, Shape.ARN_PARTS, variables,
        prefixVariables.toArray(new PolicyVariable[0]), null, parts.toArray(new VariableGlob[0]));
  }

  private static String textOf(TemplateSegment segment) {
    return segment instanceof TemplateSegment.Escaped e
        ? e.text() : ((TemplateSegment.PolicyText) segment).text();
  }

  /** The whole template as one glob. */
  private static List<VariableGlob> globOf(List<TemplateSegment> segments,
      List<PolicyVariable> variables) {
    VariableGlob.Builder glob = new VariableGlob.Builder();
    for (TemplateSegment segment : segments) {
      add(glob, segment, variables);
    }
    return List.of(glob.build());
  }

  /**
   * The six parts split at the policy text's first five colons; the whole pattern as one glob if
   * it has fewer. Collects the variables that come before the fifth colon.
   */
  private static List<VariableGlob> partsOf(List<TemplateSegment> segments,
      List<PolicyVariable> prefixVariables) {
    List<VariableGlob> parts = new ArrayList<>();
    VariableGlob.Builder part = new VariableGlob.Builder();
    for (TemplateSegment segment : segments) {
      if (segment instanceof TemplateSegment.PolicyText p && parts.size() < Arn.SEPARATORS) {
        String rest = p.text();
        int colon;
        while (parts.size() < Arn.SEPARATORS && (colon = rest.indexOf(':')) >= 0) {
          parts.add(part.pattern(rest.substring(0, colon)).build());
          part = new VariableGlob.Builder();
          rest = rest.substring(colon + 1);
        }
        part.pattern(rest);
      } else {
        add(part, segment, parts.size() < Arn.SEPARATORS ? prefixVariables : new ArrayList<>());
      }
    }
    parts.add(part.build());
    return parts.size() == Arn.SEPARATORS + 1 ? parts : globOf(segments, new ArrayList<>());
  }

  private static void add(VariableGlob.Builder glob, TemplateSegment segment,
      List<PolicyVariable> variables) {
    if (segment instanceof TemplateSegment.Variable v) {
      PolicyVariable variable = new PolicyVariable(v);
      variables.add(variable);
      glob.variable("${" + v.key() + "}", variable);
    } else if (segment instanceof TemplateSegment.Escaped e) {
      glob.literal("${" + e.text() + "}", e.text());
    } else {
      glob.pattern(((TemplateSegment.PolicyText) segment).text());
    }
  }

  /** True if the resource matches with the request's values; false if one cannot be resolved. */
  boolean matches(String resource, RequestContext context) {
    switch (shape) {
      case ARN: {
        int start = skeleton.resourcePartStart(resource);
        return start >= 0 && globs[0].matches(resource, start, resource.length(), context);
      }
      case GLOB:
        return globs[0].matches(resource, 0, resource.length(), context);
      case ARN_PARTS:
        for (PolicyVariable v : prefixVariables) {
          String value = v.resolve(context);
          if (value == null) {
            return false;
          }
          if (value.indexOf(':') >= 0) {
            return matchesResolved(resource, context);
          }
        }
        return globs.length == 1
            ? globs[0].matches(resource, 0, resource.length(), context)
            : matchesParts(resource, context);
      default:
        return matchesResolved(resource, context);
    }
  }

  private boolean matchesParts(String resource, RequestContext context) {
    int start = 0;
    for (int part = 0; part < Arn.SEPARATORS; part++) {
      int colon = resource.indexOf(':', start);
      if (colon < 0 || !globs[part].matches(resource, start, colon, context)) {
        return false;
      }
      start = colon + 1;
    }
    return globs[Arn.SEPARATORS].matches(resource, start, resource.length(), context);
  }

  /** The general path: resolves the pieces and compiles them for this one match. */
  private boolean matchesResolved(String resource, RequestContext context) {
    List<Wildcard.Piece> pieces = template.pieces(context);
    if (pieces == null) {
      return false;
    }
    ArnPattern arn = startsWithArnPrefix(pieces) ? ArnPattern.ofPieces(pieces) : null;
    return arn != null ? arn.matches(resource) : Wildcard.ofPieces(pieces, false).matches(resource);
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

  /** True if a variable cannot be resolved for the request. Allocates nothing. */
  boolean isUnresolvable(RequestContext context) {
    for (PolicyVariable v : variables) {
      if (v.resolve(context) == null) {
        return true;
      }
    }
    return false;
  }
}
