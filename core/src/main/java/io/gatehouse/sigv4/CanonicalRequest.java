package io.gatehouse.sigv4;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The canonical request of SigV4, for services other than S3: method, canonical URI, canonical
 * query string, canonical headers, signed headers and payload hash, one per line.
 */
final class CanonicalRequest {
  private CanonicalRequest() {}

  static String of(SignedRequest request, List<QueryParameter> query, List<String> signedHeaders,
      String payloadHash) {
    StringBuilder out = new StringBuilder(256).append(request.method()).append('\n')
        .append(uri(request.rawPath())).append('\n')
        .append(query(query)).append('\n');
    headers(request, signedHeaders, out);
    out.append('\n');
    for (int i = 0; i < signedHeaders.size(); i++) {
      out.append(i == 0 ? "" : ";").append(signedHeaders.get(i));
    }
    return out.append('\n').append(payloadHash).toString();
  }

  /**
   * The path with dot segments and empty segments removed, each segment percent-encoded once more:
   * outside S3, AWS signs the path as sent (already encoded) encoded again, so {@code %20} is
   * signed as {@code %2520}.
   */
  static String uri(String rawPath) {
    if (isCanonical(rawPath)) {
      return rawPath;
    }
    List<String> segments = new ArrayList<>();
    for (String segment : rawPath.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
      } else {
        segments.add(PercentEncoding.encode(segment));
      }
    }
    if (segments.isEmpty()) {
      return "/";
    }
    return "/" + String.join("/", segments) + (rawPath.endsWith("/") ? "/" : "");
  }

  /**
   * True if the path is its own canonical form, as most are ({@code /orders/7}): it starts with
   * {@code /}, every segment is made of unreserved characters only (nothing to encode), and none is
   * empty, {@code .} or {@code ..} (nothing to remove); a single {@code /} at the end is kept.
   */
  private static boolean isCanonical(String rawPath) {
    int length = rawPath.length();
    if (length == 0 || rawPath.charAt(0) != '/') {
      return false;
    }
    int segmentStart = 1;
    for (int i = 1; i <= length; i++) {
      char c = i == length ? '/' : rawPath.charAt(i);
      if (c == '/') {
        int segment = i - segmentStart;
        boolean dots = segment == 1 && rawPath.charAt(segmentStart) == '.'
            || segment == 2 && rawPath.charAt(segmentStart) == '.' && rawPath.charAt(segmentStart + 1) == '.';
        // An empty segment is allowed only as the one after a final slash (or the root's).
        if (dots || segment == 0 && i != length) {
          return false;
        }
        segmentStart = i + 1;
      } else if (!PercentEncoding.isUnreserved(c)) {
        return false;
      }
    }
    return true;
  }

  /** Parameters re-encoded, then sorted by encoded name and value. */
  static String query(List<QueryParameter> parameters) {
    if (parameters.isEmpty()) {
      return "";
    }
    return parameters.stream()
        .map(p -> new String[] {PercentEncoding.encode(p.name()), PercentEncoding.encode(p.value())})
        .sorted(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]))
        .map(p -> p[0] + "=" + p[1])
        .collect(Collectors.joining("&"));
  }

  /**
   * One {@code name:value} line per signed header, each ending in a newline; several values of
   * one header are joined with commas; values are trimmed and runs of spaces collapsed.
   */
  static String headers(SignedRequest request, List<String> signedHeaders) {
    return headers(request, signedHeaders, new StringBuilder()).toString();
  }

  private static StringBuilder headers(SignedRequest request, List<String> signedHeaders, StringBuilder out) {
    for (String name : signedHeaders) {
      out.append(name).append(':');
      List<String> values = request.headerValues(name);
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        appendHeaderValue(values.get(i), out);
      }
      out.append('\n');
    }
    return out;
  }

  static String headerValue(String value) {
    return appendHeaderValue(value, new StringBuilder(value.length())).toString();
  }

  /** The value trimmed, each run of spaces collapsed into one. */
  private static StringBuilder appendHeaderValue(String value, StringBuilder out) {
    String v = value.strip();
    if (v.indexOf("  ") < 0) {
      return out.append(v);
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c != ' ' || v.charAt(i - 1) != ' ') {
        out.append(c);
      }
    }
    return out;
  }
}
