package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  private static final PasswordPolicy STRICT = new PasswordPolicy(12, true, true, true, true);

  @Test
  void defaultsAreAwsDefaults() {
    PasswordPolicy defaults = PasswordPolicy.defaults();
    assertEquals(8, defaults.minimumPasswordLength());
    assertFalse(defaults.requireSymbols());
    assertFalse(defaults.requireNumbers());
    assertFalse(defaults.requireUppercaseCharacters());
    assertFalse(defaults.requireLowercaseCharacters());
    assertEquals(List.of(), defaults.violations("abcdefgh".toCharArray()));
    assertEquals(
        List.of("the password must be at least 8 characters long"),
        defaults.violations("abcdefg".toCharArray()));
  }

  @Test
  void minimumLengthMustBeWithinAwsRange() {
    assertEquals(6, PasswordPolicy.defaults().withMinimumPasswordLength(6).minimumPasswordLength());
    assertEquals(
        128, PasswordPolicy.defaults().withMinimumPasswordLength(128).minimumPasswordLength());
    assertEquals(
        "MinimumPasswordLength must be between 6 and 128, found 5",
        assertThrows(
                IllegalArgumentException.class,
                () -> PasswordPolicy.defaults().withMinimumPasswordLength(5))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new PasswordPolicy(129, false, false, false, false));
  }

  @Test
  void listsEveryViolationInRuleOrder() {
    assertEquals(
        List.of(
            "the password must be at least 12 characters long",
            "the password must contain at least one symbol (!@#$%^&*()_+-=[]{}|')",
            "the password must contain at least one number (0-9)",
            "the password must contain at least one uppercase letter (A-Z)"),
        STRICT.violations("short".toCharArray()));
    assertEquals(
        List.of(
            "the password must contain at least one symbol (!@#$%^&*()_+-=[]{}|')",
            "the password must contain at least one number (0-9)",
            "the password must contain at least one lowercase letter (a-z)"),
        STRICT.violations("ABCDEFGHIJKLMNOP".toCharArray()));
  }

  @Test
  void acceptsAPasswordThatMeetsEveryRule() {
    assertEquals(List.of(), STRICT.violations("Tr0ub4dor&3xyz".toCharArray()));
    assertTrue(STRICT.accepts("Tr0ub4dor&3xyz".toCharArray()));
    assertFalse(STRICT.accepts("Tr0ub4dor3xyz".toCharArray()));
  }

  @Test
  void everyAwsSymbolCountsAndNothingElseDoes() {
    PasswordPolicy symbols = PasswordPolicy.defaults().withRequireSymbols(true);
    for (char c : "!@#$%^&*()_+-=[]{}|'".toCharArray()) {
      assertEquals(List.of(), symbols.violations(("abcdefg" + c).toCharArray()), "symbol " + c);
    }
    for (char c : " ~`\"<>,.?/\\:;\u00a7".toCharArray()) {
      assertEquals(
          List.of("the password must contain at least one symbol (!@#$%^&*()_+-=[]{}|')"),
          symbols.violations(("abcdefg" + c).toCharArray()),
          "not an AWS symbol: " + c);
    }
  }

  @Test
  void lettersAreAsciiLettersOnly() {
    PasswordPolicy upper = PasswordPolicy.defaults().withRequireUppercaseCharacters(true);
    PasswordPolicy lower = PasswordPolicy.defaults().withRequireLowercaseCharacters(true);
    PasswordPolicy numbers = PasswordPolicy.defaults().withRequireNumbers(true);
    assertFalse(upper.accepts("\u00c4\u00d6\u00dcabcdef".toCharArray()));
    assertTrue(upper.accepts("Zabcdefgh".toCharArray()));
    assertFalse(lower.accepts("\u00e4\u00f6\u00fcABCDEF".toCharArray()));
    assertTrue(lower.accepts("ABCDEFGHz".toCharArray()));
    assertFalse(numbers.accepts("abcdefgh\u00b2".toCharArray()));
    assertTrue(numbers.accepts("abcdefgh9".toCharArray()));
  }

  @Test
  void enforcesIamMaximumLength() {
    char[] longest = "a".repeat(128).toCharArray();
    char[] tooLong = "a".repeat(129).toCharArray();
    assertEquals(List.of(), PasswordPolicy.defaults().violations(longest));
    assertEquals(
        List.of("the password must be at most 128 characters long"),
        PasswordPolicy.defaults().violations(tooLong));
  }

  @Test
  void acceptsOnlyCharactersIamAllows() {
    assertEquals(
        List.of(), PasswordPolicy.defaults().violations("gr\u00fc\u00dfe\tdich".toCharArray()));
    assertEquals(
        List.of(
            "the password may contain only printable ASCII and Latin-1 characters, tab, line"
                + " feed and carriage return"),
        PasswordPolicy.defaults()
            .violations("\u043f\u0430\u0440\u043e\u043b\u044c12".toCharArray()));
    assertFalse(PasswordPolicy.defaults().accepts("abcdefgh\u0000".toCharArray()));
  }

  @Test
  void countsCodePointsNotChars() {
    // Six letters and two emoji (four chars): 8 code points, 10 chars.
    char[] password = "abcdef\ud83d\ude00\ud83d\ude00".toCharArray();
    assertEquals(10, password.length);
    List<String> problems =
        PasswordPolicy.defaults().withMinimumPasswordLength(9).violations(password);
    assertTrue(problems.contains("the password must be at least 9 characters long"));
  }

  @Test
  void messagesNeverQuoteThePassword() {
    String password = "zq";
    for (String problem : STRICT.violations(password.toCharArray())) {
      assertFalse(problem.contains(password), problem);
    }
  }

  @Test
  void leavesThePasswordUnchanged() {
    char[] password = "Secret1!".toCharArray();
    STRICT.violations(password);
    assertEquals("Secret1!", new String(password));
  }

  @Test
  void withersChangeOneField() {
    PasswordPolicy p =
        PasswordPolicy.defaults()
            .withMinimumPasswordLength(14)
            .withRequireSymbols(true)
            .withRequireNumbers(true)
            .withRequireUppercaseCharacters(true)
            .withRequireLowercaseCharacters(true);
    assertEquals(new PasswordPolicy(14, true, true, true, true), p);
    assertEquals(new PasswordPolicy(14, false, true, true, true), p.withRequireSymbols(false));
  }
}
