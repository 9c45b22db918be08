package io.gatehouse.policy.internal.variables;

import io.gatehouse.RequestContext;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One part of a {@link VariableTemplate}: policy text, an escaped character, or a variable. */
public sealed interface TemplateSegment
    permits TemplateSegment.PolicyText, TemplateSegment.Escaped, TemplateSegment.Variable {

  /**
   * Text written in the policy outside any {@code ${...}}. Where the value is a wildcard pattern,
   * its {@code *} and {@code ?} are wildcards.
   *
   * @param text the text
   */
  record PolicyText(String text) implements TemplateSegment {
    /** Creates the segment. */
    public PolicyText {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A character written as {@code ${*}}, {@code ${?}} or {@code ${$}}; always a literal character,
   * never a wildcard.
   *
   * @param text the character, as a string
   */
  record Escaped(String text) implements TemplateSegment {
    /** Creates the segment. */
    public Escaped {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A variable such as {@code ${aws:username}} or {@code ${aws:PrincipalTag/team, 'none'}}.
   *
   * @param key the context key as written (trimmed)
   * @param defaultValue the value used when the key does not resolve, or null if there is none
   */
  record Variable(String key, String defaultValue) implements TemplateSegment {
    /** Creates the segment. */
    public Variable {
      Objects.requireNonNull(key, "key");
    }

    /** The key lower-cased with {@link Locale#ROOT}, as {@link RequestContext} looks keys up. */
    public String lowerCaseKey() {
      return ContextKeyNames.lowerCase(key);
    }

    /**
     * The variable's value for a request: the key's single value; otherwise (absent, no values or
     * several values) the default value; otherwise null, meaning unresolvable. The value is literal
     * text: a {@code *} in it is not a wildcard.
     */
    public String resolve(RequestContext context) {
      List<String> values = context == null ? null : context.values(key);
      if (values != null && values.size() == 1) {
        return values.get(0);
      }
      return defaultValue;
    }
  }
}
