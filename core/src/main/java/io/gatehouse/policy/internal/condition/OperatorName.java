package io.gatehouse.policy.internal.condition;

/**
 * An operator name as written, taken apart: {@code ForAnyValue:StringLikeIfExists} is the qualifier
 * {@code ForAnyValue:}, the base operator {@code StringLike} and the {@code IfExists} suffix. Says
 * nothing of whether the base operator exists. Names are case-sensitive, as in AWS.
 *
 * @param qualifier the set qualifier, {@link SetQualifier#NONE} if there is none
 * @param base the operator without qualifier and suffix
 * @param ifExists true if the name ends with {@code IfExists}
 */
record OperatorName(SetQualifier qualifier, String base, boolean ifExists) {
  static final String IF_EXISTS = "IfExists";

  /** How the values of a multivalued key are combined. */
  enum SetQualifier {
    /** No qualifier: any request value against any policy value. */
    NONE(""),
    /** {@code ForAllValues:} every request value must satisfy the operator. */
    FOR_ALL_VALUES("ForAllValues:"),
    /** {@code ForAnyValue:} at least one request value must satisfy the operator. */
    FOR_ANY_VALUE("ForAnyValue:");

    private final String prefix;

    SetQualifier(String prefix) {
      this.prefix = prefix;
    }

    /** The qualifier as written, with its colon; empty for {@link #NONE}. */
    String prefix() {
      return prefix;
    }
  }

  /** Takes a written name apart; never fails. */
  static OperatorName parse(String written) {
    SetQualifier qualifier = SetQualifier.NONE;
    String rest = written;
    for (SetQualifier q : SetQualifier.values()) {
      if (q != SetQualifier.NONE && written.startsWith(q.prefix())) {
        qualifier = q;
        rest = written.substring(q.prefix().length());
      }
    }
    boolean ifExists = rest.endsWith(IF_EXISTS) && rest.length() > IF_EXISTS.length();
    String base = ifExists ? rest.substring(0, rest.length() - IF_EXISTS.length()) : rest;
    return new OperatorName(qualifier, base, ifExists);
  }

  /** The name written back: qualifier, base and suffix. */
  String written() {
    return qualifier.prefix() + base + (ifExists ? IF_EXISTS : "");
  }
}
