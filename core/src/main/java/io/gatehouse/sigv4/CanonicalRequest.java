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
    return request.method() + "\n"
        + uri(request.rawPath()) + "\n"
        + query(query) + "\n"
        + headers(request, signedHeaders) + "\n"
        + String.join(";", signedHeaders) + "\n"
        + payloadHash;
  }

  /**
   * The path with dot segments and empty segments removed, each segment percent-encoded once more:
   * outside S3, AWS signs the path as sent (already encoded) encoded again, so {@code %20} is
   * signed as {@code %2520}.
   */
  static String uri(String rawPath) {
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

  /** Parameters re-encoded, then sorted by encoded name and value. */
  static String query(List<QueryParameter> parameters) {
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
    StringBuilder out = new StringBuilder();
    for (String name : signedHeaders) {
      String value = request.headerValues(name).stream()
          .map(CanonicalRequest::headerValue)
          .collect(Collectors.joining(","));
      out.append(name).append(':').append(value).append('\n');
    }
    return out.toString();
  }

  static String headerValue(String value) {
    return value.strip().replaceAll(" {2,}", " ");
  }
}
