package io.gatehouse.policy.internal.condition;

import static io.gatehouse.policy.internal.condition.Comparison.EQUALS;
import static io.gatehouse.policy.internal.condition.Comparison.GREATER_THAN;
import static io.gatehouse.policy.internal.condition.Comparison.GREATER_THAN_EQUALS;
import static io.gatehouse.policy.internal.condition.Comparison.LESS_THAN;
import static io.gatehouse.policy.internal.condition.Comparison.LESS_THAN_EQUALS;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.ConditionClause;
import io.gatehouse.policy.internal.ConditionSyntax;
import io.gatehouse.policy.internal.condition.OperatorName.SetQualifier;
import io.gatehouse.policy.internal.variables.ContextKeyNames;
import io.gatehouse.policy.internal.variables.VariableTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of IAM's condition operators and the compiler of condition clauses. Immutable and
 * thread-safe.
 *
 * <p>Every operator of AWS's condition operator reference is registered here by its base name: the
 * string, numeric, date, {@code Bool}, {@code BinaryEquals}, IP address, ARN and {@code Null}
 * operators. Any of them may be qualified with {@code ForAllValues:} or {@code ForAnyValue:}, and
 * any but {@code Null} may end with {@code IfExists}. Names are case-sensitive.
 *
 * <p>Semantics, as AWS documents them: the values of one clause are alternatives (OR). If the key
 * is absent from the request, a positive operator is false, a negated one ({@code ...Not...},
 * {@code NotIpAddress}) is true, any {@code ...IfExists} is true, {@code ForAllValues:} is true and
 * {@code ForAnyValue:} is false. If it is present, a positive operator holds when any request value
 * matches any policy value, and a negated one when none does; {@code ForAllValues:} holds when
 * every request value satisfies the operator (true for no values) and {@code ForAnyValue:} when at
 * least one does (false for no values). Keys ignore case; values respect it unless the operator
 * says otherwise.
 */
public final class ConditionOperators implements ConditionSyntax {
  private final Map<String, ConditionOperator> operators;

  /** Every valid full operator name, for suggestions. */
  private final List<String> allNames;

  /** Creates the registry of every AWS condition operator. */
  public ConditionOperators() {
    Map<String, ConditionOperator> registry = new LinkedHashMap<>();
    ValueType ignoringCase = StringType.EQUALS_IGNORE_CASE;
    both(registry, "StringEquals", "StringNotEquals", StringType.EQUALS);
    both(registry, "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", ignoringCase);
    both(registry, "StringLike", "StringNotLike", StringType.LIKE);
    both(registry, "NumericEquals", "NumericNotEquals", new NumericType(EQUALS));
    positive(registry, "NumericLessThan", new NumericType(LESS_THAN));
    positive(registry, "NumericLessThanEquals", new NumericType(LESS_THAN_EQUALS));
    positive(registry, "NumericGreaterThan", new NumericType(GREATER_THAN));
    positive(registry, "NumericGreaterThanEquals", new NumericType(GREATER_THAN_EQUALS));
    both(registry, "DateEquals", "DateNotEquals", new DateType(EQUALS));
    positive(registry, "DateLessThan", new DateType(LESS_THAN));
    positive(registry, "DateLessThanEquals", new DateType(LESS_THAN_EQUALS));
    positive(registry, "DateGreaterThan", new DateType(GREATER_THAN));
    positive(registry, "DateGreaterThanEquals", new DateType(GREATER_THAN_EQUALS));
    BoolType bool = new BoolType();
    positive(registry, "Bool", bool);
    positive(registry, "BinaryEquals", new BinaryType());
    both(registry, "IpAddress", "NotIpAddress", new IpAddressType());
    ArnType arn = new ArnType();
    both(registry, "ArnEquals", "ArnNotEquals", arn);
    both(registry, "ArnLike", "ArnNotLike", arn);
    registry.put("Null", new ConditionOperator("Null", bool, false, true));
    this.operators = Collections.unmodifiableMap(registry);
    this.allNames = List.copyOf(fullNames(registry));
  }

  private static void positive(
      Map<String, ConditionOperator> registry, String name, ValueType type) {
    registry.put(name, new ConditionOperator(name, type, false, false));
  }

  private static void both(
      Map<String, ConditionOperator> registry, String positive, String negated, ValueType type) {
    positive(registry, positive, type);
    registry.put(negated, new ConditionOperator(negated, type, true, false));
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
        ContextKeyNames.lowerCase(clause.key()),
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
