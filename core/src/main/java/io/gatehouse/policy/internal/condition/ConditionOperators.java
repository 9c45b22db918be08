package io.gatehouse.policy.internal.condition;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.ConditionClause;
import io.gatehouse.policy.internal.ConditionSyntax;
import io.gatehouse.policy.internal.condition.OperatorName.SetQualifier;
import io.gatehouse.policy.internal.variables.VariableTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The registry of IAM's condition operators and the compiler of condition clauses. Immutable and
 * thread-safe.
 *
 * <p>Every operator of AWS's condition operator reference is registered here by its base name:
 * the string, numeric, date, {@code Bool}, {@code BinaryEquals}, IP address, ARN and {@code Null}
 * operators. Any of them may be qualified with {@code ForAllValues:} or {@code ForAnyValue:},
 * and any but {@code Null} may end with {@code IfExists}. Names are case-sensitive.
 *
 * <p>Semantics, as AWS documents them: the values of one clause are alternatives (OR). If the key
 * is absent from the request, a positive operator is false, a negated one ({@code ...Not...},
 * {@code NotIpAddress}) is true, any {@code ...IfExists} is true, {@code ForAllValues:} is true
 * and {@code ForAnyValue:} is false. If it is present, a positive operator holds when any request
 * value matches any policy value, and a negated one when none does; {@code ForAllValues:} holds
 * when every request value satisfies the operator (true for no values) and {@code ForAnyValue:}
 * when at least one does (false for no values). Keys ignore case; values respect it unless the
 * operator says otherwise.
 */
public final class ConditionOperators implements ConditionSyntax {
  private final Map<String, ConditionOperator> operators;
  /** Every valid full operator name, for suggestions. */
  private final List<String> allNames;

  /** Creates the registry of every AWS condition operator. */
  public ConditionOperators() {
    Map<String, ConditionOperator> registry = new LinkedHashMap<>();
    register(registry, "StringEquals", "StringNotEquals", StringType.EQUALS);
    register(registry, "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", StringType.EQUALS_IGNORE_CASE);
    register(registry, "StringLike", "StringNotLike", StringType.LIKE);
    register(registry, "NumericEquals", "NumericNotEquals", new NumericType(Comparison.EQUALS));
    register(registry, "NumericLessThan", null, new NumericType(Comparison.LESS_THAN));
    register(registry, "NumericLessThanEquals", null, new NumericType(Comparison.LESS_THAN_EQUALS));
    register(registry, "NumericGreaterThan", null, new NumericType(Comparison.GREATER_THAN));
    register(registry, "NumericGreaterThanEquals", null, new NumericType(Comparison.GREATER_THAN_EQUALS));
    register(registry, "DateEquals", "DateNotEquals", new DateType(Comparison.EQUALS));
    register(registry, "DateLessThan", null, new DateType(Comparison.LESS_THAN));
    register(registry, "DateLessThanEquals", null, new DateType(Comparison.LESS_THAN_EQUALS));
    register(registry, "DateGreaterThan", null, new DateType(Comparison.GREATER_THAN));
    register(registry, "DateGreaterThanEquals", null, new DateType(Comparison.GREATER_THAN_EQUALS));
    BoolType bool = new BoolType();
    register(registry, "Bool", null, bool);
    register(registry, "BinaryEquals", null, new BinaryType());
    register(registry, "IpAddress", "NotIpAddress", new IpAddressType());
    ArnType arn = new ArnType();
    register(registry, "ArnEquals", "ArnNotEquals", arn);
    register(registry, "ArnLike", "ArnNotLike", arn);
    registry.put("Null", new ConditionOperator("Null", bool, false, true));
    this.operators = Collections.unmodifiableMap(registry);
    this.allNames = List.copyOf(fullNames(registry));
  }

  private static void register(
      Map<String, ConditionOperator> registry, String positive, String negated, ValueType type) {
    registry.put(positive, new ConditionOperator(positive, type, false, false));
    if (negated != null) {
      registry.put(negated, new ConditionOperator(negated, type, true, false));
    }
  }

  private static List<String> fullNames(Map<String, ConditionOperator> registry) {
    List<String> names = new ArrayList<>();
    for (SetQualifier qualifier : SetQualifier.values()) {
      for (ConditionOperator operator : registry.values()) {
        names.add(qualifier.prefix() + operator.name());
      }
      for (ConditionOperator operator : registry.values()) {
        if (operator.allowsIfExists()) {
          names.add(qualifier.prefix() + operator.name() + OperatorName.IF_EXISTS);
        }
      }
    }
    return names;
  }

  /** The base operator names, e.g. {@code StringEquals}, {@code NotIpAddress}, {@code Null}. */
  public Set<String> baseOperatorNames() {
    return operators.keySet();
  }

  @Override
  public String checkOperator(String operator) {
    return find(OperatorName.parse(operator)) != null ? null : unknownOperator(operator);
  }

  @Override
  public String checkValue(String operator, String value, boolean variablesEnabled) {
    ConditionOperator definition = find(OperatorName.parse(operator));
    if (definition == null) {
      return unknownOperator(operator);
    }
    String checked = value;
    if (variablesEnabled && VariableTemplate.mayContainVariables(value)) {
      String problem = VariableTemplate.check(value);
      if (problem != null) {
        return problem;
      }
      VariableTemplate template = VariableTemplate.parse(value);
      if (template.hasVariables()) {
        return null;
      }
      checked = template.resolve(RequestContext.empty());
    }
    return definition.type().check(checked);
  }

  /**
   * Compiles a clause.
   *
   * @param clause operator, key and values as written
   * @param variablesEnabled true if {@code ${...}} policy variables are substituted (documents of
   *     version 2012-10-17)
   * @return the condition, ready to test requests
   * @throws IllegalArgumentException with the problem (as {@link #checkOperator} and {@link
   *     #checkValue} word it) if the operator is unknown or a value is invalid for it
   */
  public CompiledCondition compile(ConditionClause clause, boolean variablesEnabled) {
    OperatorName name = OperatorName.parse(clause.operator());
    ConditionOperator operator = find(name);
    if (operator == null) {
      throw new IllegalArgumentException(unknownOperator(clause.operator()));
    }
    List<String> values = clause.values();
    ValueMatcher[] fixed = new ValueMatcher[values.size()];
    VariableTemplate[] templates = new VariableTemplate[values.size()];
    boolean anyTemplate = false;
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      String problem = checkValue(clause.operator(), value, variablesEnabled);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      if (variablesEnabled && VariableTemplate.mayContainVariables(value)) {
        VariableTemplate template = VariableTemplate.parse(value);
        if (template.hasVariables()) {
          templates[i] = template;
          anyTemplate = true;
        } else {
          fixed[i] = operator.type().compile(template, RequestContext.empty());
        }
      } else {
        fixed[i] = operator.type().compile(value);
      }
    }
    String text =
        "\"" + clause.operator() + "\": {\"" + clause.key() + "\": " + quoted(values) + "}";
    return new ClauseCondition(
        text,
        operator,
        name,
        clause.key().toLowerCase(Locale.ROOT),
        fixed,
        anyTemplate ? templates : null);
  }

  private ConditionOperator find(OperatorName name) {
    ConditionOperator operator = operators.get(name.base());
    if (operator == null || (name.ifExists() && !operator.allowsIfExists())) {
      return null;
    }
    return operator;
  }

  private String unknownOperator(String written) {
    String problem = "unknown condition operator \"" + written + "\"";
    String suggestion = NameSuggestion.closest(written, allNames);
    return suggestion == null || suggestion.equals(written)
        ? problem
        : problem + "; did you mean \"" + suggestion + "\"?";
  }

  private static String quoted(List<String> values) {
    List<String> quoted = new ArrayList<>(values.size());
    for (String value : values) {
      quoted.add("\"" + value + "\"");
    }
    return quoted.toString();
  }
}
