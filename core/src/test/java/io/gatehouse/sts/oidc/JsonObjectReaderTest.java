package io.gatehouse.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonObjectReaderTest {
  private final JsonObjectReader reader = new JsonObjectReader(1024);

  @Test
  void readsEveryKindOfValue() {
    Map<String, Object> map =
        read(
            "{\"s\":\"text\",\"t\":true,\"f\":false,\"i\":42,\"big\":123456789012345678901234567890,\"d\":1.5,\"e\":2e3,\"a\":[\"x\",1,true,null,[2],{\"k\":\"v\"}],\"o\":{\"k\":"
                + " [1, 2]},\"n\":null}");
    assertEquals("text", map.get("s"));
    assertEquals(true, map.get("t"));
    assertEquals(false, map.get("f"));
    assertEquals(42L, map.get("i"));
    assertEquals(new BigInteger("123456789012345678901234567890"), map.get("big"));
    assertEquals(1.5, map.get("d"));
    assertEquals(2000.0, map.get("e"));
    assertEquals(List.of("x", 1L, true, "[2]", "{\"k\":\"v\"}"), map.get("a"));
    assertEquals("{\"k\":[1,2]}", map.get("o"));
    assertFalse(map.containsKey("n"));
    assertEquals(List.of("s", "t", "f", "i", "big", "d", "e", "a", "o"), List.copyOf(map.keySet()));
    assertThrows(UnsupportedOperationException.class, () -> map.put("x", "y"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "[] | the doc is not a JSON object",
        "1 | the doc is not a JSON object",
        "{\"a\":1,\"a\":2} | the doc has more than one \"a\"",
        "{\"a\":null,\"a\":2} | the doc has more than one \"a\"",
        "{} {} | the doc has content after its closing '}'",
        "{\"a\":01} | the doc is not valid JSON (error at character 6)",
        "{'a':1} | the doc is not valid JSON (error at character 1)",
        "{\"a\":NaN} | the doc is not valid JSON (error at character 8)",
        "{\"a\":1,} | the doc is not valid JSON (error at character 7)",
      })
  void refusesAnythingButOneStrictObject(String json, String message) {
    assertEquals(
        message, assertThrows(IllegalArgumentException.class, () -> read(json)).getMessage());
  }

  @Test
  void refusesDeepNestingAndOversizedDocuments() {
    String deep = "{\"a\":" + "[".repeat(20) + "]".repeat(20) + "}";
    assertEquals(
        "the doc is nested too deeply or has too long a value",
        assertThrows(IllegalArgumentException.class, () -> read(deep)).getMessage());
    String big = "{\"a\":\"" + "x".repeat(2000) + "\"}";
    assertThrows(IllegalArgumentException.class, () -> read(big));
  }

  @Test
  void refusesInvalidUtf8() {
    byte[] latin1 = "{\"a\":\"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "the doc is not UTF-8",
        assertThrows(IllegalArgumentException.class, () -> reader.read(latin1, "the doc"))
            .getMessage());
    assertEquals("\u00e9", read("{\"a\":\"\u00e9\"}").get("a"));
  }

  @Test
  void messagesNeverQuoteTheDocument() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read("{\"a\":secretvalue}"));
    assertFalse(e.getMessage().contains("secretvalue"), e.getMessage());
  }

  private Map<String, Object> read(String json) {
    return reader.read(json.getBytes(StandardCharsets.UTF_8), "the doc");
  }
}
