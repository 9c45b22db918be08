package io.gatehouse.policy.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentFormatTest {

  @Test
  void theExtensionDecidesFirst() {
    assertEquals(DocumentFormat.YAML, DocumentFormat.of("p.yaml", "{}"));
    assertEquals(DocumentFormat.YAML, DocumentFormat.of("dir/P.YML", "{}"));
    assertEquals(DocumentFormat.JSON, DocumentFormat.of("p.json", "a: b"));
  }

  @Test
  void otherwiseAnOpeningBraceMeansJson() {
    assertEquals(DocumentFormat.JSON, DocumentFormat.of("policy", "\uFEFF \n\t{\"a\": 1}"));
    assertEquals(DocumentFormat.YAML, DocumentFormat.of("policy", "a: {b: 1}"));
    assertEquals(DocumentFormat.YAML, DocumentFormat.of("policy", "[1]"));
    assertEquals(DocumentFormat.YAML, DocumentFormat.of("policy", "   "));
  }
}
