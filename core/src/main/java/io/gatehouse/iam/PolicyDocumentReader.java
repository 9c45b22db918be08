package io.gatehouse.iam;

import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PolicyParser;
import io.gatehouse.policy.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the policy documents of IAM requests: checks the parameter's length and characters, parses
 * the text with {@link PolicyParser} (JSON, or YAML when the text does not start with a brace) and
 * applies IAM's rules for the kind of policy. Every problem is a {@code MalformedPolicyDocument}
 * (or a {@code ValidationError} for the parameter itself) raised before anything changes.
 */
final class PolicyDocumentReader {
  private static final String SOURCE = "PolicyDocument";
  private static final String DOCUMENT_PATTERN = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";
  private static final Pattern DOCUMENT = Pattern.compile(DOCUMENT_PATTERN);

  private final PolicyParser parser;

  PolicyDocumentReader(PolicyParser parser) {
    this.parser = parser;
  }

  /**
   * An identity-based policy (inline or managed): no {@code Principal}, and every statement names
   * its resources.
   */
  PolicyDocument identityPolicy(String text, String param, String name) {
    PolicyDocument doc = parse(text, param, name);
    for (Statement s : doc.statements()) {
      if (s.principal().isPresent()) {
        throw IamException.malformedPolicy(
            "Has prohibited field " + (s.notPrincipal() ? "NotPrincipal" : "Principal"));
      }
      if (!s.hasResourceElement()) {
        throw IamException.malformedPolicy("Policy statement must contain resources.");
      }
    }
    return doc;
  }

  /**
   * A role's trust policy: every statement names a {@code Principal}, none names resources, and
   * every action is an STS action.
   */
  PolicyDocument trustPolicy(String text, String param, String roleName) {
    PolicyDocument doc = parse(text, param, roleName + " trust policy");
    for (Statement s : doc.statements()) {
      if (s.principal().isEmpty()) {
        throw IamException.malformedPolicy("Missing required field Principal");
      }
      if (s.hasResourceElement()) {
        throw IamException.malformedPolicy(
            "Has prohibited field " + (s.notResource() ? "NotResource" : "Resource"));
      }
      for (String action : s.actions()) {
        if (!action.toLowerCase(Locale.ROOT).startsWith("sts:")) {
          throw IamException.malformedPolicy("AssumeRole policy may only specify STS AssumeRole actions.");
        }
      }
    }
    return doc;
  }

  /** A resource-based policy: every statement names a {@code Principal}. */
  PolicyDocument resourcePolicy(String text, String param, String name) {
    PolicyDocument doc = parse(text, param, name);
    for (Statement s : doc.statements()) {
      if (s.principal().isEmpty()) {
        throw IamException.malformedPolicy("Missing required field Principal");
      }
    }
    return doc;
  }

  private PolicyDocument parse(String text, String param, String name) {
    Constraints.required(text, param);
    if (text.isEmpty() || text.length() > Constraints.MAX_DOCUMENT_LENGTH) {
      throw IamException.validation(
          "1 validation error detected: Value at '" + param + "' failed to satisfy constraint: Member must have length "
              + (text.isEmpty() ? "greater than or equal to 1"
                  : "less than or equal to " + Constraints.MAX_DOCUMENT_LENGTH));
    }
    if (!DOCUMENT.matcher(text).matches()) {
      throw IamException.validation(
          "1 validation error detected: Value at '" + param + "' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: " + DOCUMENT_PATTERN);
    }
    try {
      return parser.parse(text, SOURCE).withName(name);
    } catch (InvalidPolicyException e) {
      throw IamException.malformedPolicy(e.getMessage());
    }
  }
}
