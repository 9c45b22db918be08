package io.gatehouse.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the verifier needs from an HTTP request, independent of any container: the method, the path
 * and query string exactly as sent (still percent-encoded), the headers, and the SHA-256 of the
 * payload. Build one with {@link #builder()}. {@link #toString()} shows neither the query string nor
 * header values.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param rawPath the request path as sent, percent-encoded, e.g. {@code /a%20b}
 * @param rawQuery the query string as sent, without {@code ?}; empty if there is none
 * @param headers header values by name; names compare case-insensitively; unmodifiable
 * @param payloadSha256 the lower-case hex SHA-256 of the request body
 */
public record SignedRequest(
    String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String payloadSha256) {

  /** Creates the request; the header map is copied into a case-insensitive one. */
  public SignedRequest {
    Objects.requireNonNull(method, "method");
    rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    rawQuery = rawQuery == null ? "" : rawQuery;
    if (headers instanceof HeaderMap built) {
      // The builder's own map, of immutable lists, which it no longer changes: copied once, not twice.
      headers = Collections.unmodifiableMap(built);
    } else {
      Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.forEach((name, values) -> copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
      copy.replaceAll((name, values) -> List.copyOf(values));
      headers = Collections.unmodifiableMap(copy);
    }
    Objects.requireNonNull(payloadSha256, "payloadSha256");
  }

  /** Every value of a header, in the order received; empty if absent. */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(name, List.of());
  }

  /** The first value of a header. */
  public Optional<String> header(String name) {
    List<String> values = headerValues(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The method, path and header names only: the query string and header values may carry a
   * session token or a presigned URL's signature.
   */
  @Override
  public String toString() {
    return "SignedRequest[" + method + " " + rawPath + ", headers " + headers.keySet() + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignedRequest}; the method defaults to {@code GET}, the path to {@code /}. */
  public static final class Builder {
    private String method = "GET";
    private String rawPath = "/";
    private String rawQuery = "";
    private HeaderMap headers = new HeaderMap();
    /** True once {@link #headers} belongs to a built request too: a later header copies it first. */
    private boolean shared;
    private String payloadSha256;

    private Builder() {}

    /** The HTTP method. */
    public Builder method(String value) {
      this.method = value;
      return this;
    }

    /** The path as sent, percent-encoded. */
    public Builder rawPath(String value) {
      this.rawPath = value;
      return this;
    }

    /** The query string as sent, without {@code ?}; null for none. */
    public Builder rawQuery(String value) {
      this.rawQuery = value;
      return this;
    }

    /** Adds a header value (repeat for a header sent several times). */
    public Builder header(String name, String value) {
      Objects.requireNonNull(value, "value");
      if (shared) {
        headers = new HeaderMap(headers);
        shared = false;
      }
      List<String> had = headers.get(name);
      if (had == null) {
        headers.put(name, List.of(value));
      } else {
        List<String> more = new ArrayList<>(had.size() + 1);
        more.addAll(had);
        more.add(value);
        headers.put(name, List.copyOf(more));
      }
      return this;
    }

    /** The body; its SHA-256 is computed here. */
    public Builder payload(byte[] body) {
      this.payloadSha256 = PayloadHash.of(body);
      return this;
    }

    /** The body as text, hashed as UTF-8. */
    public Builder payload(String body) {
      return payload(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The body's SHA-256 as hex, when the body was hashed while it was read.
     *
     * @throws IllegalArgumentException if it is not 64 hex digits
     */
    public Builder payloadSha256(String hex) {
      if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        throw new IllegalArgumentException("a SHA-256 is 64 hex digits");
      }
      this.payloadSha256 = hex.toLowerCase(Locale.ROOT);
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException if neither the payload nor its hash was given
     */
    public SignedRequest build() {
      if (payloadSha256 == null) {
        throw new IllegalStateException("the payload or its SHA-256 must be given (an empty body too)");
      }
      shared = true;
      return new SignedRequest(method, rawPath, rawQuery, headers, payloadSha256);
    }
  }

  /**
   * The headers a {@link Builder} collects: case-insensitive names, immutable lists of values. Only
   * the builder makes one, and it never changes one it has handed to a request.
   */
  private static final class HeaderMap extends TreeMap<String, List<String>> {
    private static final long serialVersionUID = 1L;

    HeaderMap() {
      super(String.CASE_INSENSITIVE_ORDER);
    }

    HeaderMap(HeaderMap other) {
      super(other);
    }
  }

  /** SHA-256 hex of bytes. */
  static final class PayloadHash {
    static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private PayloadHash() {}

    static String of(byte[] bytes) {
      // Most signed requests (GET, DELETE) have no body.
      return bytes.length == 0 ? EMPTY : HexFormat.of().formatHex(Hmac.sha256(bytes));
    }
  }
}
