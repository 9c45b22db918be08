package io.gatehouse.iam;

import java.util.List;

/**
 * One {@code ContextEntry} of a policy simulation: a condition key with its values.
 *
 * @param keyName the key, e.g. {@code aws:SourceIp}
 * @param keyType AWS's {@code ContextKeyType} ({@code string}, {@code ipList}, ...), or null
 * @param values the values (several for a multivalued key)
 */
record SimulationContextEntry(String keyName, String keyType, List<String> values) {
  SimulationContextEntry {
    values = List.copyOf(values);
  }
}
