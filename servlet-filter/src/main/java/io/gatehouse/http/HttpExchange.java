package io.gatehouse.http;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP request as {@link HttpEnforcement} sees it, independent of any servlet container: an
 * adapter over the container's own request object. Implementations need not be thread-safe; one
 * instance serves one request.
 */
public interface HttpExchange {
  /**
   * The largest body kept in memory to check a signature over it; a longer one is refused (413), so
   * {@link #body()} need not read more than one byte past it.
   */
  int MAX_SIGNED_BODY = 16 * 1024 * 1024;

  /** The HTTP method, e.g. {@code GET}. */
  String method();

  /** The request path as sent, still percent-encoded, including any context path, e.g. {@code /shop/orders/7}. */
  String rawPath();

  /**
   * The part of {@link #rawPath()} that names the web application (a servlet context path, raw),
   * which routes do not include; empty for the root application.
   */
  String contextPath();

  /** The query string as sent, without {@code ?}; empty if there is none. */
  String rawQuery();

  /** Every value of a header, in the order received; empty if absent. Names compare case-insensitively. */
  List<String> headers(String name);

  /** The names of every header received. */
  List<String> headerNames();

  /**
   * The request body. Called only when a request signature covers it; the adapter must keep the
   * bytes so that the application below can still read them. It may stop reading one byte past
   * {@link #MAX_SIGNED_BODY}, and answer an empty body without reading when the request has none.
   *
   * @throws IOException if the body cannot be read
   */
  byte[] body() throws IOException;

  /**
   * False only when a request's framing says it certainly has no body: a {@code Content-Length} of
   * 0, or over HTTP/1 neither {@code Content-Length} nor {@code Transfer-Encoding} (HTTP/2 may send a
   * body without either). An adapter answers {@link #body()} with no bytes then, without reading.
   *
   * @param contentLength the first {@code Content-Length} header, or null
   * @param transferEncoding the first {@code Transfer-Encoding} header, or null
   * @param protocol the request's protocol, e.g. {@code HTTP/1.1}, or null if unknown
   */
  static boolean mayHaveBody(String contentLength, String transferEncoding, String protocol) {
    if (contentLength != null) {
      String length = contentLength.strip();
      for (int i = 0; i < length.length(); i++) {
        if (length.charAt(i) != '0') {
          return true;
        }
      }
      return length.isEmpty();
    }
    return transferEncoding != null || protocol == null || !protocol.startsWith("HTTP/1.");
  }

  /** The address of the peer that opened the connection (a proxy's, behind one), e.g. {@code 203.0.113.7}. */
  String remoteAddress();

  /** True if the request arrived over TLS. */
  boolean secure();

  /** The user name the container authenticated, if it did. */
  Optional<String> containerUser();

  /** The first value of a header, if present. */
  default Optional<String> header(String name) {
    List<String> values = headers(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
