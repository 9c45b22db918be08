package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.SourceLocation;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a single YAML document into a {@link LocatedNode} tree with SnakeYAML's composer. Only the
 * node graph is built: no Java object is ever constructed from the text, so tags cannot instantiate
 * classes. Thread-safe (a SnakeYAML instance is made per read).
 */
public final class YamlTreeReader {
  private final ReadLimits limits;

  /** Creates a reader that refuses documents beyond {@code limits}. */
  public YamlTreeReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads a YAML document.
   *
   * @param text the document
   * @param source the document's name, used in locations
   * @param problems where syntax errors, repeated keys and refused constructs are added
   * @return the root element, or null if the text could not be read (a problem says why)
   */
  public LocatedNode read(String text, String source, ProblemList problems) {
    if (text.length() > limits.maxChars()) {
      problems.addForDocument(
          source, "document is longer than " + limits.maxChars() + " characters");
      return null;
    }
    Node root;
    try {
      root = new Yaml(new SafeConstructor(options())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      problems.add(at(source, syntaxMark(e)), NodePath.root(), syntaxMessage(e));
      return null;
    } catch (YAMLException e) {
      problems.addForDocument(source, limitMessage(e));
      return null;
    }
    if (root == null) {
      problems.add(new SourceLocation(source, 1, 1), NodePath.root(), "document is empty");
      return null;
    }
    return new YamlNodeConverter(source, limits, problems).convert(root);
  }

  private LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setAllowDuplicateKeys(false);
    o.setMaxAliasesForCollections(limits.maxYamlAliases());
    o.setCodePointLimit(limits.maxChars());
    o.setNestingDepthLimit(limits.maxDepth());
    o.setAllowRecursiveKeys(false);
    o.setProcessComments(false);
    o.setMergeOnCompose(false);
    // The composer only builds nodes, so a tag cannot instantiate anything here; letting every
    // tag through lets YamlNodeConverter refuse each one with its location and path.
    o.setTagInspector(tag -> true);
    return o;
  }

  /** Where the error is; for a bad alias, where the alias starts rather than where it ends. */
  private static Mark syntaxMark(MarkedYAMLException e) {
    return isAliasScan(e) && e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
  }

  private static boolean isAliasScan(MarkedYAMLException e) {
    String context = e.getContext() == null ? "" : e.getContext();
    return context.contains("while scanning an alias")
        || context.contains("while scanning an anchor");
  }

  private static String syntaxMessage(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem().trim();
    String context = e.getContext() == null ? "" : e.getContext().trim();
    if (isAliasScan(e)) {
      return "a value that starts with \"*\" or \"&\" must be quoted in YAML";
    }
    if (problem.startsWith("found undefined alias ")) {
      return "undefined alias "
          + LocatedScalar.quote(problem.substring("found undefined alias ".length()))
          + " (a value that starts with \"*\" must be quoted in YAML)";
    }
    if (context.startsWith("expected a single document")) {
      return "expected a single document, found another";
    }
    if (context.contains("quoted scalar") && problem.contains("end of stream")) {
      return "unexpected end of document inside a quoted string";
    }
    if (problem.contains("\\t(TAB)")) {
      return "found a tab that cannot start any token; indent YAML with spaces";
    }
    // SnakeYAML adds "(Do not use X for indentation)" to any character that cannot start a token.
    problem = problem.replaceFirst("\\.? \\(Do not use .* for indentation\\)$", "");
    return problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem;
  }

  private String limitMessage(YAMLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("Number of aliases")) {
      return "document has more than " + limits.maxYamlAliases() + " aliases of collections";
    }
    if (m.contains("Nesting Depth")) {
      return "document is nested deeper than " + limits.maxDepth() + " levels";
    }
    if (m.contains("exceeds the limit")) {
      return "document is longer than " + limits.maxChars() + " characters";
    }
    return m;
  }

  /** SnakeYAML marks are 0-based; locations are 1-based. */
  static SourceLocation at(String source, Mark mark) {
    return mark == null
        ? SourceLocation.unknown(source)
        : new SourceLocation(source, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
