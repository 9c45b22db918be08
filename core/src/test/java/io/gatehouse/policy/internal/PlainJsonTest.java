package io.gatehouse.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainJsonTest {
  private final PlainJson json = new PlainJson();

  private static Map<String, Object> sample() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", "a\"b");
    m.put("n", 7L);
    m.put("b", true);
    m.put("z", null);
    m.put("empty", new ArrayList<>());
    m.put("list", List.of(1, 2.5));
    return m;
  }

  @Test
  void writesCompactJsonInMapOrder() {
    assertEquals(
        "{\"s\":\"a\\\"b\",\"n\":7,\"b\":true,\"z\":null,\"empty\":[],\"list\":[1,2.5]}",
        json.compact(sample()));
  }

  @Test
  void writesPrettyJsonWithTwoSpaceIndent() {
    assertEquals(
        "{\n  \"s\": \"a\\\"b\",\n  \"n\": 7,\n  \"b\": true,\n  \"z\": null,\n  \"empty\": [],\n"
            + "  \"list\": [\n    1,\n    2.5\n  ]\n}\n",
        json.pretty(sample()));
  }

  @Test
  void refusesWhatIsNotPlainData() {
    assertThrows(IllegalArgumentException.class, () -> json.compact(List.of(new Object())));
    assertThrows(IllegalArgumentException.class, () -> json.compact(Map.of(1, "a")));
  }
}
