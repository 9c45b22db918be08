package io.gatehouse.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathNormalizerTest {
  @Test
  void decodesEachSegmentOnceAndKeepsCase() {
    assertEquals(List.of("Orders", "a b", "caf\u00e9"), PathNormalizer.segments("/Orders/a%20b/caf%C3%A9"));
    // A double-encoded dot is decoded once: "%2e", a literal segment, not a dot segment.
    assertEquals(List.of("catalog", "%2e%2e", "orders"), PathNormalizer.segments("/catalog/%252e%252e/orders"));
  }

  @Test
  void collapsesEmptySegmentsAndResolvesDots() {
    assertEquals("/orders/7", PathNormalizer.normalize("//orders//7/"));
    assertEquals("/orders/7", PathNormalizer.normalize("/catalog/../orders/./7"));
    assertEquals("/", PathNormalizer.normalize("/a/.."));
  }

  @Test
  void stripsPathParametersBeforeResolvingDots() {
    assertEquals("/orders/7", PathNormalizer.normalize("/orders/7;jsessionid=abc"));
    assertEquals("/orders/7", PathNormalizer.normalize("/catalog;x=1/../orders/7"));
    assertEquals("/orders/7", PathNormalizer.normalize("/catalog/..;/orders/7"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/catalog/..%2Forders", "/catalog/..%2forders", "/catalog/%2e%2e/orders",
      "/catalog/%2E./orders", "/catalog/.%2e/orders", "/catalog/%2e/orders", "/a/..%5Corders", "/a\\b",
      "/../orders", "/a/../../orders", "/a/%00", "/a/%0a", "/a/%zz", "/a/%4", "/a/%C3", "orders", ""})
  void refusesWhatCouldMeanAnotherPath(String raw) {
    HttpProblem p = assertThrows(HttpProblem.class, () -> PathNormalizer.segments(raw));
    assertEquals(400, p.status());
  }
}
