package io.gatehouse.policy.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Patterns with policy variables are matched in place; the answers must be those of resolving the
 * variables and compiling the resolved pieces, the way every match worked before. Generated
 * patterns, contexts and resources (fixed seed) cover the awkward cases: values with colons,
 * wildcards and surrogates, empty values, defaults, unresolvable and multivalued keys, escapes, and
 * variables in every part of an ARN.
 */
class VariableResourceMatcherTest {
  private static final String[] TOKENS = {
    "a", "b", "ab", "/", ":", "-", "*", "?", "**", "${k1}", "${k2}", "${k1, 'd:f'}", "${k2, ''}",
    "${*}", "${?}", "${$}", "\uD83D\uDE00", "\uDC00", "x*y"
  };
  private static final String[] VALUES = {
    "", "a", "b", "ab", "a:b", ":", "*", "?", "a/b", "\uD83D\uDE00", "\uDC00", "\uD83D", "ba"
  };
  private static final String[] WILDCARD_FILL = {"", "a", "b:c", "\uD83D\uDE00", "/x/", "ab"};

  private static String randomTemplate(Random r) {
    StringBuilder t = new StringBuilder();
    int shape = r.nextInt(4);
    if (shape == 0) {
      t.append("arn:");
    } else if (shape == 1) {
      t.append("arn:aws:");
      for (int colon = 0; colon < 3; colon++) {
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
          t.append(TOKENS[r.nextInt(TOKENS.length)]);
        }
        t.append(':');
      }
    } else if (shape == 2) {
      t.append("ar");
    }
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      t.append(TOKENS[r.nextInt(TOKENS.length)]);
    }
    if (!t.toString().contains("${k")) {
      t.append(r.nextBoolean() ? "${k1}" : "${k2, 'z'}");
    }
    return t.toString();
  }

  private static RequestContext randomContext(Random r) {
    RequestContext.Builder b = RequestContext.builder();
    for (String key : new String[] {"k1", "K2"}) {
      switch (r.nextInt(6)) {
        case 0:
          break;
        case 1:
          b.putAll(key, List.of(VALUES[r.nextInt(VALUES.length)], "a"));
          break;
        case 2:
          b.putAll(key, List.of());
          break;
        default:
          b.put(key, VALUES[r.nextInt(VALUES.length)]);
      }
    }
    return b.build();
  }

  /** A resource that often matches: the pattern with its wildcards filled in, sometimes changed. */
  private static String randomResource(Random r, PatternTemplate template, RequestContext context) {
    List<Wildcard.Piece> pieces = template.pieces(context);
    StringBuilder out = new StringBuilder();
    if (pieces == null) {
      pieces = template.pieces(RequestContext.builder().put("k1", "a").put("k2", "b").build());
    }
    for (Wildcard.Piece piece : pieces) {
      for (int i = 0; i < piece.text().length(); i++) {
        char c = piece.text().charAt(i);
        if (!piece.literal() && c == '*') {
          out.append(WILDCARD_FILL[r.nextInt(WILDCARD_FILL.length)]);
        } else if (!piece.literal() && c == '?') {
          out.append(r.nextInt(3) == 0 ? "\uD83D\uDE00" : "q");
        } else {
          out.append(c);
        }
      }
    }
    if (r.nextInt(3) == 0 && out.length() > 0) {
      int at = r.nextInt(out.length());
      switch (r.nextInt(3)) {
        case 0:
          out.deleteCharAt(at);
          break;
        case 1:
          out.insert(at, VALUES[r.nextInt(VALUES.length)]);
          break;
        default:
          out.setCharAt(at, ':');
      }
    }
    return out.toString();
  }

  /** How a match worked before: resolve, compile the pieces, and match the old way. */
  static boolean resolvedAndCompiled(PatternTemplate template, String resource,
      RequestContext context) {
    List<Wildcard.Piece> pieces = template.pieces(context);
    if (pieces == null) {
      return false;
    }
    StringBuilder start = new StringBuilder();
    for (Wildcard.Piece piece : pieces) {
      start.append(piece.text());
    }
    if (start.toString().startsWith("arn:")) {
      Wildcard[] parts = ArnPatternTest.referenceParts(pieces);
      if (parts != null) {
        return ArnPatternTest.referenceMatches(parts, resource);
      }
    }
    // A StringBuilder takes Wildcard's general CharSequence path.
    return Wildcard.ofPieces(pieces, false).matches(new StringBuilder(resource));
  }

  @Test
  void matchesAsResolvingAndCompilingWould() {
    Random r = new Random(0x7E57_0001L);
    int matched = 0;
    for (int round = 0; round < 30_000; round++) {
      String text = randomTemplate(r);
      PatternTemplate template = PatternTemplate.parse(text);
      ResourcePattern pattern = ResourcePattern.compile(text, true);
      RequestContext context = randomContext(r);
      String resource = randomResource(r, template, context);
      boolean expected = resolvedAndCompiled(template, resource, context);
      assertEquals(expected, pattern.matches(resource, context),
          () -> text + " vs \"" + resource + "\" with " + context);
      assertEquals(template.pieces(context) == null, pattern.isUnresolvable(context), text);
      matched += expected ? 1 : 0;
    }
    assertTrue(matched > 3_000, "the generated cases should match often enough: " + matched);
  }

  @Test
  void indexKeyIsTheKeyOfEveryMatchingResource() {
    Random r = new Random(0x7E57_0002L);
    for (int round = 0; round < 30_000; round++) {
      String text = r.nextBoolean() ? randomTemplate(r) : ArnPatternTest.randomArnPattern(r);
      ResourcePattern pattern = ResourcePattern.compile(text, true);
      RequestContext context = randomContext(r);
      String resource = r.nextBoolean()
          ? randomResource(r, PatternTemplate.parse(text), context)
          : ArnPatternTest.randomArn(r);
      if (pattern.indexKey() != null && pattern.matches(resource, context)) {
        assertEquals(pattern.indexKey(), ResourceIndexKey.ofResource(resource),
            () -> text + " matched " + resource);
      }
    }
  }

  @Test
  void indexKeysOfCommonShapes() {
    assertEquals("shop:order",
        ResourcePattern.compile("arn:aws:shop:*:111111111111:order/*", true).indexKey());
    assertEquals("shop:order",
        ResourcePattern.compile("arn:aws:shop:*:*:order/${aws:username}/*", true).indexKey());
    assertEquals("s3:bucket", ResourcePattern.compile("arn:aws:s3:::bucket", true).indexKey());
    assertEquals("logs:log-group",
        ResourcePattern.compile("arn:aws:logs:*:*:log-group:app:*", true).indexKey());
    assertEquals(null, ResourcePattern.compile("arn:aws:s3:::bucket*", true).indexKey());
    assertEquals(null, ResourcePattern.compile("arn:aws:s3:::${aws:username}/*", true).indexKey());
    assertEquals(null, ResourcePattern.compile("arn:aws:*:*:*:order/*", true).indexKey());
    assertEquals(null, ResourcePattern.compile("*", true).indexKey());
    assertEquals(null, ResourcePattern.compile("order/*", true).indexKey());
    assertEquals(null,
        ResourcePattern.compile("arn:aws:ec2:${aws:RequestedRegion}:1:vpc/*", true).indexKey());
  }

  @Test
  void keyOfAResourceIsItsServiceAndType() {
    assertEquals("shop:order", ResourceIndexKey.ofResource("arn:aws:shop:us-east-1:1:order/alice/1"));
    assertEquals("shop:order", ResourceIndexKey.ofResource("arn:aws:shop:us-east-1:1:order"));
    assertEquals("s3:bucket", ResourceIndexKey.ofResource("arn:aws:s3:::bucket/key"));
    assertEquals("logs:log-group",
        ResourceIndexKey.ofResource("arn:aws:logs:eu-west-1:1:log-group:app:log-stream:x"));
    assertEquals("", ResourceIndexKey.ofResource("arn:aws:shop:us-east-1"));
    assertEquals("", ResourceIndexKey.ofResource("shop:order"));
    assertEquals("", ResourceIndexKey.ofResource("*"));
  }

  @Test
  void usualShapesMatchWithoutAllocating() {
    List<ResourcePattern> patterns = new ArrayList<>();
    patterns.add(ResourcePattern.compile("arn:aws:shop:*:1:order/${aws:username}/*", true));
    patterns.add(ResourcePattern.compile("home/${aws:username}/*", true));
    patterns.add(ResourcePattern.compile("arn:aws:iam::${aws:PrincipalAccount}:user/*", true));
    RequestContext context =
        RequestContext.builder().put("aws:username", "alice").put("aws:PrincipalAccount", "1")
            .build();
    String[] resources = {"arn:aws:shop:us-east-1:1:order/alice/1", "home/alice/x",
        "arn:aws:iam::1:user/alice", "arn:aws:shop:us-east-1:1:order/bob/1"};
    int[] matched = {0};
    Runnable work = () -> {
      for (int i = 0; i < 10_000; i++) {
        for (int p = 0; p < patterns.size(); p++) {
          ResourcePattern pattern = patterns.get(p);
          for (String resource : resources) {
            matched[0] += pattern.matches(resource, context) ? 1 : 0;
            matched[0] += pattern.isUnresolvable(context) ? 1 : 0;
          }
        }
      }
    };
    work.run();
    matched[0] = 0;
    long allocated = AllocationMeter.bytesAllocatedBy(work);
    assertEquals(30_000, matched[0]);
    assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes");
  }

  @Test
  void valueWithColonInTheArnPrefixFallsBackToResolvedShape() {
    ResourcePattern p = ResourcePattern.compile("arn:aws:${k1}:1:user/*", true);
    RequestContext colon = RequestContext.builder().put("k1", "iam:").build();
    assertTrue(p.matches("arn:aws:iam::1:user/alice", colon));
    assertFalse(p.matches("arn:aws:iam::1:user/alice", RequestContext.builder().put("k1", "iam")
        .build()));
  }
}
