package io.gatehouse.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The AWS CLI's names for IAM actions and their parameters: AWS's CamelCase names in lower-case
 * words joined by hyphens, an acronym counting as one word ({@code CreateVirtualMFADevice} →
 * {@code create-virtual-mfa-device}, {@code AuthenticationCode1} → {@code authentication-code1}),
 * as botocore derives them. Names the rule does not give are listed in {@link #IRREGULAR}.
 */
final class AwsCliNames {
  /**
   * Query parameter names whose AWS CLI option is not what the rule gives. Empty for the actions
   * Gatehouse offers today: {@code VirtualMFADeviceName} and {@code AuthenticationCode1} follow the
   * rule. Add an entry here when an action with an irregular name is added.
   */
  static final Map<String, String> IRREGULAR = Map.of();

  private AwsCliNames() {}

  /** The command for an action: {@code CreateUser} → {@code create-user}. */
  static String command(String action) {
    return kebab(action);
  }

  /** The option for a Query parameter: {@code UserName} → {@code --user-name}. */
  static String option(String parameter) {
    return "--" + IRREGULAR.getOrDefault(parameter, kebab(parameter));
  }

  /**
   * CamelCase in hyphenated lower case: a hyphen before an upper-case letter that follows a
   * lower-case letter or digit, and before the last capital of an acronym that a lower-case letter
   * follows ({@code MFADevice} → {@code mfa-device}); digits stay with the word before them.
   */
  static String kebab(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char before = camel.charAt(i - 1);
        boolean wordStart = Character.isLowerCase(before) || Character.isDigit(before);
        boolean acronymEnd = Character.isUpperCase(before) && i + 1 < camel.length()
            && Character.isLowerCase(camel.charAt(i + 1));
        if (wordStart || acronymEnd) {
          out.append('-');
        }
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
