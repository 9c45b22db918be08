package io.gatehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A built context never changes, though its builder hands over its maps instead of copying. */
class RequestContextTest {

  @Test
  void keysIgnoreCaseAndKeepTheirWrittenNamesInOrder() {
    RequestContext c = RequestContext.builder().put("aws:SourceIp", "10.0.0.1")
        .putAll("aws:TagKeys", List.of("a", "b")).put("aws:username", "alice").build();
    assertEquals(List.of("10.0.0.1"), c.values("AWS:SOURCEIP"));
    assertEquals(List.of("10.0.0.1"), c.valuesOfLowerCaseKey("aws:sourceip"));
    assertNull(c.value("aws:TagKeys"));
    assertEquals(List.of("aws:SourceIp", "aws:TagKeys", "aws:username"), List.copyOf(c.keys()));
    assertEquals(Map.of("aws:SourceIp", List.of("10.0.0.1"), "aws:TagKeys", List.of("a", "b"),
        "aws:username", List.of("alice")), c.asMap());
  }

  @Test
  void replacingAKeyMovesItToTheEnd() {
    RequestContext c = RequestContext.builder().put("a", "1").put("b", "2").put("A", "3").build();
    assertEquals(List.of("b", "A"), List.copyOf(c.keys()));
    assertEquals("3", c.value("a"));
  }

  @Test
  void buildingAgainAfterChangesLeavesEarlierContextsAlone() {
    RequestContext.Builder b = RequestContext.builder().put("a", "1");
    RequestContext first = b.build();
    b.put("b", "2").remove("a");
    RequestContext second = b.build();
    assertEquals(List.of("a"), List.copyOf(first.keys()));
    assertEquals("1", first.value("a"));
    assertFalse(first.contains("b"));
    assertEquals(List.of("b"), List.copyOf(second.keys()));
    assertFalse(second.contains("a"));
  }

  @Test
  void manyKeysAndChangesAfterBuildingKeepEveryContextIntact() {
    RequestContext.Builder b = RequestContext.builder();
    List<RequestContext> built = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      b.put("k" + i, "v" + i);
      if (i % 3 == 0) {
        b.remove("K" + (i / 2));
      }
      built.add(b.build());
    }
    for (int i = 0; i < built.size(); i++) {
      RequestContext c = built.get(i);
      for (int k = 0; k <= i; k++) {
        boolean removed = false;
        for (int j = k; j <= i; j++) {
          removed |= j % 3 == 0 && j / 2 == k;
        }
        assertEquals(removed ? null : "v" + k, c.value("k" + k), "context " + i + ", key " + k);
      }
      assertFalse(c.contains("k" + (i + 1)));
    }
  }

  @Test
  void toBuilderLeavesTheOriginalAlone() {
    RequestContext original = RequestContext.builder().put("a", "1").build();
    RequestContext changed = original.toBuilder().put("a", "2").putIfAbsent("b", "3").build();
    assertEquals("1", original.value("a"));
    assertFalse(original.contains("b"));
    assertEquals("2", changed.value("a"));
    assertEquals("3", changed.value("b"));
    assertTrue(RequestContext.empty().toBuilder().put("x", "y").build().contains("x"));
    assertTrue(RequestContext.empty().isEmpty());
  }

  @Test
  void toBuilderWithoutDropsTheKeysTheTestAcceptsByLowerCaseName() {
    RequestContext original = RequestContext.builder().put("Keep:One", "1").putAll("Drop:Me", List.of("a", "b"))
        .putAll("keep:two", List.of("x", "y")).build();
    RequestContext kept = original.toBuilderWithout(k -> k.equals("drop:me"), 2).put("added", "3").build();
    assertEquals(List.of("Keep:One", "keep:two", "added"), List.copyOf(kept.keys()));
    assertEquals(List.of("x", "y"), kept.values("KEEP:TWO"));
    assertFalse(kept.contains("drop:me"));
    assertTrue(original.contains("Drop:Me"));
    assertEquals(original, original.toBuilderWithout(k -> false, 0).build());
    assertSame(RequestContext.empty(), original.toBuilderWithout(k -> true, 0).build());
  }

  @Test
  void emptyBuildIsTheEmptyContext() {
    assertSame(RequestContext.empty(), RequestContext.builder().build());
    assertSame(RequestContext.empty(), RequestContext.builder().put("a", "1").remove("A").build());
    assertEquals(RequestContext.builder().put("a", "1").build(),
        RequestContext.builder().put("A", "1").build());
  }

  @Test
  void putAllOfAContextReplacesKeysOfTheSameNameAndKeepsItsOrder() {
    RequestContext other = RequestContext.builder().put("AWS:UserName", "bob").putAll("shop:Tags", List.of("a", "b"))
        .build();
    RequestContext.Builder b = RequestContext.builder().put("aws:username", "mallory").put("aws:SourceIp", "10.0.0.1");
    RequestContext merged = b.putAll(other).build();
    assertEquals(List.of("aws:SourceIp", "AWS:UserName", "shop:Tags"), List.copyOf(merged.keys()));
    assertEquals("bob", merged.value("aws:username"));
    assertEquals(List.of("a", "b"), merged.values("SHOP:TAGS"));
    RequestContext again = merged.toBuilder().putAll(RequestContext.empty()).put("x", "1").build();
    assertEquals(4, again.keys().size());
    assertEquals(3, merged.keys().size(), "a built context is not changed by its builder's later puts");
  }
}
