package io.gatehouse.sigv4;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code name=value} pair of a query string, decoded.
 *
 * @param name the decoded name
 * @param value the decoded value; empty for {@code name} or {@code name=}
 */
record QueryParameter(String name, String value) {

  /** The parameters of a raw query string, in order; empty pairs ({@code a&&b}) are skipped. */
  static List<QueryParameter> parse(String rawQuery) {
    List<QueryParameter> out = new ArrayList<>();
    if (rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.add(new QueryParameter(PercentEncoding.decode(name), PercentEncoding.decode(value)));
    }
    return out;
  }

  /** {@code name=value}, both percent-encoded as SigV4 requires. */
  String canonical() {
    return PercentEncoding.encode(name) + "=" + PercentEncoding.encode(value);
  }
}
