package io.gatehouse.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * One statement of a generated identity-based policy, written as IAM policy JSON.
 *
 * @param sid the statement's {@code Sid}
 * @param deny true for {@code "Effect": "Deny"}
 * @param actions the {@code Action} entries
 * @param resources the {@code Resource} entries
 * @param conditions operator to condition key to values, in the order written; empty for none
 */
record PolicyStatementJson(
    String sid,
    boolean deny,
    List<String> actions,
    List<String> resources,
    Map<String, Map<String, List<String>>> conditions) {

  /** A policy document of the given statements, in IAM's JSON grammar. */
  static String document(List<PolicyStatementJson> statements) {
    StringBuilder json = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
    for (int i = 0; i < statements.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      statements.get(i).appendTo(json);
    }
    return json.append("]}").toString();
  }

  private void appendTo(StringBuilder json) {
    json.append("{\"Sid\":");
    string(json, sid);
    json.append(",\"Effect\":").append(deny ? "\"Deny\"" : "\"Allow\"");
    json.append(",\"Action\":");
    array(json, actions);
    json.append(",\"Resource\":");
    array(json, resources);
    if (!conditions.isEmpty()) {
      json.append(",\"Condition\":{");
      boolean firstOperator = true;
      for (Map.Entry<String, Map<String, List<String>>> operator : conditions.entrySet()) {
        json.append(firstOperator ? "" : ",");
        firstOperator = false;
        string(json, operator.getKey());
        json.append(":{");
        boolean firstKey = true;
        for (Map.Entry<String, List<String>> key : operator.getValue().entrySet()) {
          json.append(firstKey ? "" : ",");
          firstKey = false;
          string(json, key.getKey());
          json.append(':');
          array(json, key.getValue());
        }
        json.append('}');
      }
      json.append('}');
    }
    json.append('}');
  }

  private static void array(StringBuilder json, List<String> values) {
    json.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      string(json, values.get(i));
    }
    json.append(']');
  }

  // The generated text holds no control characters, so quotes and backslashes are all to escape.
  private static void string(StringBuilder json, String value) {
    json.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
  }
}
