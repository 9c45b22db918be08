package io.gatehouse.agent.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A method of a class the application does not own, to enforce as if it carried {@code @Authorize}:
 * {@code {class: com.acme.Billing, method: delete*, action: billing:DeleteInvoice, resource: ...}}.
 * Class and method names are patterns in which {@code *} stands for any characters.
 *
 * @param classPattern the class's binary name, e.g. {@code com.acme.Billing} or {@code com.acme.*Service}
 * @param methodPattern the method's name, e.g. {@code delete*}
 * @param action the IAM action
 * @param resource the resource template, as in {@code @Authorize}
 */
public record Pointcut(String classPattern, String methodPattern, String action, String resource) {
  /** Checks the parts. */
  public Pointcut {
    Objects.requireNonNull(classPattern, "classPattern");
    Objects.requireNonNull(methodPattern, "methodPattern");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
  }

  /** True if the class's binary name matches the class pattern. */
  public boolean matchesClass(String className) {
    return glob(classPattern).matcher(className).matches();
  }

  /** True if the method's name matches the method pattern. */
  public boolean matchesMethod(String methodName) {
    return glob(methodPattern).matcher(methodName).matches();
  }

  /** A regular expression for a pattern with {@code *} wildcards; everything else is literal. */
  public static Pattern glob(String pattern) {
    StringBuilder b = new StringBuilder();
    for (String part : pattern.split("\\*", -1)) {
      if (b.length() > 0) {
        b.append(".*");
      }
      b.append(Pattern.quote(part));
    }
    return Pattern.compile(b.toString());
  }
}
