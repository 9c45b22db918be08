package io.gatehouse.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shows IAM policy documents as the AWS CLI does: IAM's Query responses carry them as URL-encoded
 * JSON strings, which botocore decodes into JSON objects. Every member named {@code
 * PolicyDocument}, {@code Document} or {@code AssumeRolePolicyDocument} whose value is a string is
 * decoded; a string that does not decode to JSON is left as it is.
 */
final class PolicyDocumentDecoder {
  private static final Set<String> DOCUMENT_MEMBERS = Set.of("PolicyDocument", "Document", "AssumeRolePolicyDocument");

  private PolicyDocumentDecoder() {}

  /** A copy of the result tree with its policy documents decoded. */
  static Object decode(Object tree) {
    if (tree instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String name = String.valueOf(e.getKey());
        Object value = e.getValue();
        out.put(name, DOCUMENT_MEMBERS.contains(name) && value instanceof String s ? document(s) : decode(value));
      }
      return out;
    }
    if (tree instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(item -> out.add(decode(item)));
      return out;
    }
    return tree;
  }

  private static Object document(String encoded) {
    try {
      return JsonInput.parse(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return encoded;
    }
  }
}
