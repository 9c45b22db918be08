package io.gatehouse.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An account's password rules, as in AWS IAM's {@code UpdateAccountPasswordPolicy}: a minimum
 * length and the character classes a password must contain. Immutable.
 *
 * <p>Besides the policy, every password must respect IAM's own limits: at most {@value
 * #MAX_PASSWORD_LENGTH} characters, and only characters IAM accepts in a password (tab, line feed,
 * carriage return and U+0020 to U+00FF: printable ASCII, Basic Latin and Latin-1 Supplement).
 * Lengths are counted in Unicode code points.
 *
 * <p>Password expiry and reuse prevention are not modelled here.
 *
 * @param minimumPasswordLength the fewest characters a password may have, {@value
 *     #MIN_MINIMUM_PASSWORD_LENGTH} to {@value #MAX_PASSWORD_LENGTH} (AWS's {@code
 *     MinimumPasswordLength})
 * @param requireSymbols at least one of {@value #SYMBOLS} (AWS's {@code RequireSymbols})
 * @param requireNumbers at least one of {@code 0-9} (AWS's {@code RequireNumbers})
 * @param requireUppercaseCharacters at least one of {@code A-Z} (AWS's {@code
 *     RequireUppercaseCharacters})
 * @param requireLowercaseCharacters at least one of {@code a-z} (AWS's {@code
 *     RequireLowercaseCharacters})
 */
public record PasswordPolicy(
    int minimumPasswordLength,
    boolean requireSymbols,
    boolean requireNumbers,
    boolean requireUppercaseCharacters,
    boolean requireLowercaseCharacters) {

  /** The symbols that satisfy {@code RequireSymbols}: AWS's set, without the spaces. */
  public static final String SYMBOLS = "!@#$%^&*()_+-=[]{}|'";

  /** AWS's default {@code MinimumPasswordLength}. */
  public static final int DEFAULT_MINIMUM_PASSWORD_LENGTH = 8;

  /** The lowest {@code MinimumPasswordLength} AWS accepts. */
  public static final int MIN_MINIMUM_PASSWORD_LENGTH = 6;

  /** The longest password IAM accepts, and the highest {@code MinimumPasswordLength}. */
  public static final int MAX_PASSWORD_LENGTH = 128;

  /**
   * Creates a policy.
   *
   * @throws IllegalArgumentException if {@code minimumPasswordLength} is outside 6 to 128
   */
  public PasswordPolicy {
    if (minimumPasswordLength < MIN_MINIMUM_PASSWORD_LENGTH
        || minimumPasswordLength > MAX_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "MinimumPasswordLength must be between "
              + MIN_MINIMUM_PASSWORD_LENGTH
              + " and "
              + MAX_PASSWORD_LENGTH
              + ", found "
              + minimumPasswordLength);
    }
  }

  /**
   * The policy an account has when {@code UpdateAccountPasswordPolicy} is called with no
   * parameters: at least 8 characters, no required character classes.
   */
  public static PasswordPolicy defaults() {
    return new PasswordPolicy(DEFAULT_MINIMUM_PASSWORD_LENGTH, false, false, false, false);
  }

  /** This policy with another minimum length (6 to 128). */
  public PasswordPolicy withMinimumPasswordLength(int length) {
    return new PasswordPolicy(
        length,
        requireSymbols,
        requireNumbers,
        requireUppercaseCharacters,
        requireLowercaseCharacters);
  }

  /** This policy with {@code RequireSymbols} set to {@code require}. */
  public PasswordPolicy withRequireSymbols(boolean require) {
    return new PasswordPolicy(
        minimumPasswordLength,
        require,
        requireNumbers,
        requireUppercaseCharacters,
        requireLowercaseCharacters);
  }

  /** This policy with {@code RequireNumbers} set to {@code require}. */
  public PasswordPolicy withRequireNumbers(boolean require) {
    return new PasswordPolicy(
        minimumPasswordLength,
        requireSymbols,
        require,
        requireUppercaseCharacters,
        requireLowercaseCharacters);
  }

  /** This policy with {@code RequireUppercaseCharacters} set to {@code require}. */
  public PasswordPolicy withRequireUppercaseCharacters(boolean require) {
    return new PasswordPolicy(
        minimumPasswordLength, requireSymbols, requireNumbers, require, requireLowercaseCharacters);
  }

  /** This policy with {@code RequireLowercaseCharacters} set to {@code require}. */
  public PasswordPolicy withRequireLowercaseCharacters(boolean require) {
    return new PasswordPolicy(
        minimumPasswordLength, requireSymbols, requireNumbers, requireUppercaseCharacters, require);
  }

  /**
   * Every way in which a password breaks this policy or IAM's limits, as sentences such as {@code
   * the password must be at least 12 characters long}; empty if the password is acceptable. The
   * messages describe the rules only and never quote the password.
   *
   * @param password the password; not modified, the caller clears it
   * @throws NullPointerException if the password is null
   */
  public List<String> violations(char[] password) {
    Objects.requireNonNull(password, "password");
    CharacterClasses found = CharacterClasses.of(password);
    List<String> problems = new ArrayList<>(6);
    if (found.length < minimumPasswordLength) {
      problems.add("the password must be at least " + minimumPasswordLength + " characters long");
    }
    if (found.length > MAX_PASSWORD_LENGTH) {
      problems.add("the password must be at most " + MAX_PASSWORD_LENGTH + " characters long");
    }
    if (found.other) {
      problems.add(
          "the password may contain only printable ASCII and Latin-1 characters, tab, line feed"
              + " and carriage return");
    }
    if (requireSymbols && !found.symbol) {
      problems.add("the password must contain at least one symbol (" + SYMBOLS + ")");
    }
    if (requireNumbers && !found.digit) {
      problems.add("the password must contain at least one number (0-9)");
    }
    if (requireUppercaseCharacters && !found.upper) {
      problems.add("the password must contain at least one uppercase letter (A-Z)");
    }
    if (requireLowercaseCharacters && !found.lower) {
      problems.add("the password must contain at least one lowercase letter (a-z)");
    }
    return List.copyOf(problems);
  }

  /** True if {@link #violations} finds nothing. */
  public boolean accepts(char[] password) {
    return violations(password).isEmpty();
  }

  /** Which character classes a password contains, and its length in code points. */
  private static final class CharacterClasses {
    int length;
    boolean symbol;
    boolean digit;
    boolean upper;
    boolean lower;
    boolean other;

    static CharacterClasses of(char[] password) {
      CharacterClasses c = new CharacterClasses();
      for (int i = 0; i < password.length; ) {
        int cp = Character.codePointAt(password, i);
        i += Character.charCount(cp);
        c.length++;
        if (cp >= 'A' && cp <= 'Z') {
          c.upper = true;
        } else if (cp >= 'a' && cp <= 'z') {
          c.lower = true;
        } else if (cp >= '0' && cp <= '9') {
          c.digit = true;
        } else if (SYMBOLS.indexOf(cp) >= 0) {
          c.symbol = true;
        } else if (!(cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0xFF))) {
          c.other = true;
        }
      }
      return c;
    }
  }
}
