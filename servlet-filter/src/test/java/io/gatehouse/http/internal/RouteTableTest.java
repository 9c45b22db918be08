package io.gatehouse.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.http.RouteSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private static RouteSpec route(String method, String path, String action) {
    return new RouteSpec(method, path, action, "arn:shop:x::1:" + action, Map.of());
  }

  private final RouteTable table = new RouteTable(List.of(
      route(null, "/**", "shop:Anything"),
      route("GET", "/orders/**", "shop:OrdersTree"),
      route("GET", "/orders/{id}", "shop:GetOrder"),
      route(null, "/orders/{id}", "shop:AnyOrder"),
      route("GET", "/orders/special", "shop:GetSpecial"),
      route("GET", "/orders/{id}/items/{item}", "shop:GetItem")));

  private String action(String method, String path) {
    return table.match(method, PathNormalizer.segments(path)).orElseThrow().route().action();
  }

  @Test
  void literalSegmentsBeatVariablesWhichBeatTheRest() {
    assertEquals("shop:GetSpecial", action("GET", "/orders/special"));
    assertEquals("shop:GetOrder", action("GET", "/orders/7"));
    assertEquals("shop:OrdersTree", action("GET", "/orders/7/notes"));
    assertEquals("shop:OrdersTree", action("GET", "/orders"));
    assertEquals("shop:Anything", action("GET", "/"));
  }

  @Test
  void aRouteForTheMethodBeatsOneForAnyMethod() {
    assertEquals("shop:GetOrder", action("GET", "/orders/7"));
    assertEquals("shop:AnyOrder", action("DELETE", "/orders/7"));
  }

  @Test
  void variablesAreTheDecodedSegments() {
    RouteMatch m = table.match("GET", PathNormalizer.segments("/orders/a%20b/items/x")).orElseThrow();
    assertEquals(Map.of("id", "a b", "item", "x"), m.variables());
  }

  @Test
  void literalsAreCaseSensitive() {
    assertEquals("shop:GetOrder", action("GET", "/orders/SPECIAL"));
  }

  @Test
  void withoutACatchAllNothingMatchesElsewhere() {
    RouteTable narrow = new RouteTable(List.of(route("GET", "/orders/{id}", "shop:GetOrder")));
    assertTrue(narrow.match("GET", List.of("orders")).isEmpty());
    assertTrue(narrow.match("POST", List.of("orders", "7")).isEmpty());
    assertTrue(narrow.match("GET", List.of("orders", "7", "x")).isEmpty());
  }

  @Test
  void malformedTemplatesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a/**/b"));
    assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a/x{id}"));
    assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a/{id}/{id}"));
    assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("a"));
    assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a/../b"));
    assertThrows(IllegalArgumentException.class, () -> ArnTemplate.parse("arn:x:{nope}", java.util.Set.of("id")));
    assertThrows(IllegalArgumentException.class, () -> ContextSource.parse("cookie:x", java.util.Set.of()));
  }
}
