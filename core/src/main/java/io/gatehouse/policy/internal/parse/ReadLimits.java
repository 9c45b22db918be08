package io.gatehouse.policy.internal.parse;

/**
 * Bounds on what a reader accepts, so that a hostile or broken document costs little to refuse.
 * IAM's own size limits are far smaller (a few KiB per policy); these leave room for files that
 * hold many policies.
 *
 * @param maxChars the longest document text, in characters (for files: in bytes)
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxNodes the most elements a document may have once YAML aliases are expanded
 * @param maxYamlAliases the most YAML aliases that refer to collections
 */
public record ReadLimits(int maxChars, int maxDepth, int maxNodes, int maxYamlAliases) {

  /** Checks that every bound is positive. */
  public ReadLimits {
    if (maxChars <= 0 || maxDepth <= 0 || maxNodes <= 0 || maxYamlAliases < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** 1 MiB of text, depth 64, 250,000 elements, 50 collection aliases. */
  public static ReadLimits defaults() {
    return new ReadLimits(1 << 20, 64, 250_000, 50);
  }
}
