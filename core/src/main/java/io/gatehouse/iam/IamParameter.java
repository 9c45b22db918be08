package io.gatehouse.iam;

import java.util.Objects;

/**
 * One request parameter of an IAM action, as AWS's Query API names it ({@code UserName}, {@code
 * PolicyDocument}, {@code Tags}, ...). List parameters are sent as {@code NAME.member.N} (and tags
 * as {@code NAME.member.N.Key} / {@code NAME.member.N.Value}), numbered from 1.
 *
 * @param name AWS's parameter name, e.g. {@code UserName}
 * @param type how the value is written
 * @param required true if the action refuses a request without it ({@code ValidationError})
 */
public record IamParameter(String name, Type type, boolean required) {

  /** How a parameter's value is written in a Query request. */
  public enum Type {
    /** Text. */
    STRING,
    /** A whole number, e.g. {@code MaxItems}. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A policy document as JSON text. */
    POLICY_DOCUMENT,
    /** A password: used, never returned, repeated or logged. */
    PASSWORD,
    /** A list of text values: {@code NAME.member.1}, {@code NAME.member.2}, ... */
    STRING_LIST,
    /** A list of tags: {@code NAME.member.1.Key}, {@code NAME.member.1.Value}, ... */
    TAG_LIST,
    /**
     * The policy simulator's context entries: {@code NAME.member.N.ContextKeyName}, {@code
     * NAME.member.N.ContextKeyType} and {@code NAME.member.N.ContextKeyValues.member.M}.
     */
    CONTEXT_ENTRY_LIST
  }

  /** Creates the descriptor. */
  public IamParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** AWS's name for the parameter in validation messages: the name in lower camel case. */
  public String memberName() {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  static IamParameter required(String name) {
    return new IamParameter(name, Type.STRING, true);
  }

  static IamParameter optional(String name) {
    return new IamParameter(name, Type.STRING, false);
  }

  static IamParameter required(String name, Type type) {
    return new IamParameter(name, type, true);
  }

  static IamParameter optional(String name, Type type) {
    return new IamParameter(name, type, false);
  }
}
