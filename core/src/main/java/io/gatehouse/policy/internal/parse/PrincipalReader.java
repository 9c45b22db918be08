package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.PrincipalElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a {@code Principal} or {@code NotPrincipal} element: {@code "*"} or an object from
 * principal type to one identifier or an array of them.
 */
final class PrincipalReader {
  private static final String NAME = "[\\w+=,.@-]+";
  private static final String PARTITION = "arn:[a-z][a-z0-9-]*:";

  /**
   * What AWS accepts as an {@code AWS} principal besides {@code *}: an account id, an account root,
   * IAM user or role ARN (with an optional path), or an STS session ARN. AWS refuses wildcards
   * inside principal ARNs, so none are allowed here.
   */
  private static final Pattern AWS_PRINCIPAL =
      Pattern.compile(
          "\\d{12}"
              + "|"
              + PARTITION
              + "iam::\\d{12}:(?:root|(?:user|role)(?:/"
              + NAME
              + ")+)"
              + "|"
              + PARTITION
              + "sts::\\d{12}:(?:assumed-role/"
              + NAME
              + "/"
              + NAME
              + "|federated-user/"
              + NAME
              + ")");

  private final ValueReader values;

  PrincipalReader(ValueReader values) {
    this.values = values;
  }

  /** The element, or null after problems. */
  PrincipalElement read(LocatedNode node, NodePath path) {
    int before = values.problems().size();
    if (node instanceof LocatedScalar s && s.isString() && s.text().equals("*")) {
      return PrincipalElement.anyone();
    }
    if (!(node instanceof LocatedObject object)) {
      values.problem(
          node, path, "expected \"*\" or an object of principal types, found " + node.describe());
      return null;
    }
    if (object.entries().isEmpty()) {
      values.problem(node, path, "expected at least one principal type, found an empty object");
      return null;
    }
    values.onlyKnownKeys(object, path, PrincipalElement.TYPES, "principal type");
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (LocatedObject.Entry e : object.entries()) {
      if (PrincipalElement.TYPES.contains(e.key())) {
        boolean aws = e.key().equals("AWS");
        byType.put(
            e.key(),
            values.strings(
                e.value(),
                path.key(e.key()),
                "principal",
                aws ? PrincipalReader::checkAws : PrincipalReader::checkNonEmpty));
      }
    }
    return values.problems().size() == before ? PrincipalElement.of(byType) : null;
  }

  private static String checkAws(String id) {
    if (id.equals("*") || AWS_PRINCIPAL.matcher(id).matches()) {
      return null;
    }
    return "expected \"*\", an account id or an IAM or STS principal ARN, found "
        + LocatedScalar.quote(id);
  }

  private static String checkNonEmpty(String id) {
    return id.isBlank()
        ? "expected a principal identifier, found " + LocatedScalar.quote(id)
        : null;
  }
}
