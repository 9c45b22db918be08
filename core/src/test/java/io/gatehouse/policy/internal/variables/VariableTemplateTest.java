package io.gatehouse.policy.internal.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.variables.TemplateSegment.Escaped;
import io.gatehouse.policy.internal.variables.TemplateSegment.PolicyText;
import io.gatehouse.policy.internal.variables.TemplateSegment.Variable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariableTemplateTest {
  private static final RequestContext ALICE =
      RequestContext.builder()
          .put("aws:username", "alice")
          .put("aws:PrincipalTag/team", "red")
          .putAll("aws:TagKeys", List.of("a", "b"))
          .putAll("shop:Nothing", List.of())
          .build();

  private static String resolve(String text) {
    return VariableTemplate.parse(text).resolve(ALICE);
  }

  @Test
  void splitsTextVariablesAndEscapes() {
    VariableTemplate t = VariableTemplate.parse("home/${aws:username}/${*}x${?}${$}");
    assertEquals(
        List.of(
            new PolicyText("home/"),
            new Variable("aws:username", null),
            new PolicyText("/"),
            new Escaped("*"),
            new PolicyText("x"),
            new Escaped("?"),
            new Escaped("$")),
        t.segments());
    assertTrue(t.hasVariables());
    assertEquals("home/${aws:username}/${*}x${?}${$}", t.text());
  }

  @Test
  void resolvesVariablesWithTheirSingleValue() {
    assertEquals("home/alice/", resolve("home/${aws:username}/"));
    assertEquals("red-alice", resolve("${aws:PrincipalTag/team}-${aws:username}"));
  }

  @Test
  void looksKeysUpIgnoringCase() {
    assertEquals("alice", resolve("${AWS:UserName}"));
    assertEquals("red", resolve("${aws:principaltag/TEAM}"));
  }

  @Test
  void escapesResolveToLiteralCharacters() {
    assertEquals("a*b?c$", resolve("a${*}b${?}c${$}"));
    assertFalse(VariableTemplate.parse("report${*}").hasVariables());
  }

  @Test
  void dollarWithoutBraceIsPlainText() {
    assertEquals("price$ and $5 {x}", resolve("price$ and $5 {x}"));
    assertEquals(List.of(new PolicyText("a$b")), VariableTemplate.parse("a$b").segments());
  }

  @Test
  void absentKeyWithoutDefaultIsUnresolvable() {
    assertNull(resolve("x/${aws:PrincipalTag/cost}"));
  }

  @Test
  void multivaluedKeyIsUnresolvable() {
    assertNull(resolve("${aws:TagKeys}"));
  }

  @Test
  void keyWithNoValuesIsUnresolvable() {
    assertNull(resolve("${shop:Nothing}"));
  }

  @Test
  void defaultValueAppliesWhenKeyDoesNotResolve() {
    assertEquals("none", resolve("${aws:PrincipalTag/cost, 'none'}"));
    assertEquals("none", resolve("${aws:TagKeys, 'none'}"));
    assertEquals("red", resolve("${aws:PrincipalTag/team, 'none'}"));
    assertEquals("", resolve("${aws:PrincipalTag/cost, ''}"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "${aws:PrincipalTag/cost,'none'}         | none",
        "${ aws:PrincipalTag/cost , 'none' }     | none",
        "${aws:PrincipalTag/cost,   'a, b}c'}    | a, b}c",
        "x${aws:PrincipalTag/cost, 'My Team'}y   | xMy Teamy",
      })
  void defaultValueSyntaxAllowsSpacesAndAnyQuotedText(String text, String expected) {
    assertEquals(expected, resolve(text));
  }

  @Test
  void defaultValueKeepsItsWildcardCharacters() {
    assertEquals(List.of(new Variable("k", "a*")), VariableTemplate.parse("${k, 'a*'}").segments());
  }

  @Test
  void nullContextResolvesOnlyDefaults() {
    assertEquals("d", VariableTemplate.parse("${k, 'd'}").resolve(null));
    assertNull(VariableTemplate.parse("${k}").resolve(null));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "${aws:username                 | unterminated policy variable \"${aws:username\" (missing"
            + " \"}\")",
        "a/${aws:username/${aws:userid} | unterminated policy variable \"${aws:username/\" (missing"
            + " \"}\")",
        "${}                            | empty policy variable name in \"${}\"",
        "${  }                          | empty policy variable name in \"${  }\"",
        "${, 'x'}                       | empty policy variable name in \"${, 'x'}\"",
        "${a, none}                     | bad default value in policy variable \"${a, none}\":"
            + " expected a comma and the default value in single quotes, e.g. \"${a, 'default'}\"",
        "${a, 'none}                    | bad default value in policy variable \"${a, 'none}\":"
            + " expected a comma and the default value in single quotes, e.g. \"${a, 'default'}\"",
        "${a, 'x' y}                    | bad default value in policy variable \"${a, 'x' y}\":"
            + " expected a comma and the default value in single quotes, e.g. \"${a, 'default'}\"",
        "${a, \"x\"}                    | bad default value in policy variable \"${a, \"x\"}\":"
            + " expected a comma and the default value in single quotes, e.g. \"${a, 'default'}\"",
        "${a'b}                         | invalid policy variable name \"a'b\" in \"${a'b}\": it"
            + " must not contain '''",
        "${a$b}                         | invalid policy variable name \"a$b\" in \"${a$b}\": it"
            + " must not contain '$'",
      })
  void checkReportsSyntaxProblems(String text, String problem) {
    assertEquals(problem, VariableTemplate.check(text));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VariableTemplate.parse(text));
    assertEquals(problem, e.getMessage());
  }

  @Test
  void checkAcceptsValidTemplates() {
    assertNull(VariableTemplate.check("plain text"));
    assertNull(VariableTemplate.check("${aws:username}"));
    assertNull(VariableTemplate.check("${aws:PrincipalTag/cost center, 'x'}"));
    assertNull(VariableTemplate.check("${*}${?}${$}"));
  }

  @Test
  void mayContainVariablesLooksForDollarBrace() {
    assertTrue(VariableTemplate.mayContainVariables("a${b}"));
    assertFalse(VariableTemplate.mayContainVariables("a$b{c}"));
  }

  @Test
  void toStringIsTextAsWritten() {
    assertEquals("a${b}", VariableTemplate.parse("a${b}").toString());
  }
}
