package io.gatehouse.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link IamActions} over an {@link IamFixture}, called with Query parameters given as pairs. */
final class ActionFixture {
  final IamFixture f = new IamFixture();
  final IamActions actions = new IamActions(f.iam);

  /** Runs {@code action} with the parameters {@code name, value, name, value, ...}. */
  Map<String, Object> call(String action, String... pairs) {
    return actions.invoke(action, params(pairs));
  }

  static Map<String, String> params(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }

  /** Asserts the call is refused with this code and message. */
  IamException refused(String code, String message, String action, String... pairs) {
    IamException e = assertThrows(IamException.class, () -> call(action, pairs));
    assertEquals(code, e.code(), e::toString);
    if (message != null) {
      assertEquals(message, e.getMessage());
    }
    return e;
  }

  /** The member names of a result element, in order. */
  @SuppressWarnings("unchecked")
  static List<String> keys(Object element) {
    return List.copyOf(((Map<String, Object>) element).keySet());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object element) {
    return (Map<String, Object>) element;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object element) {
    return (List<Object>) element;
  }

  /** A URL-encoded policy document from a result, decoded. */
  static String decoded(Object encoded) {
    return URLDecoder.decode((String) encoded, StandardCharsets.UTF_8);
  }
}
