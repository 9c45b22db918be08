package io.gatehouse.http.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A request body read to check the signature over it, served again to the application as the
 * container would have: as a stream, as a reader, and for a form ({@code
 * application/x-www-form-urlencoded}) as parameters after the query string's. The servlet filter's
 * request wrapper and the agent's both answer from it. One instance per request; not thread-safe.
 */
public final class BufferedBody {
  private static final String FORM = "application/x-www-form-urlencoded";

  private final byte[] bytes;
  private Map<String, String[]> parameters;

  /** Keeps the body (not copied: the caller hands it over). */
  public BufferedBody(byte[] bytes) {
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  /** The body's length in bytes. */
  public int length() {
    return bytes.length;
  }

  /** The body from its first byte. */
  public InputStream stream() {
    return new ByteArrayInputStream(bytes);
  }

  /**
   * The body as text, decoded with the request's character encoding (ISO-8859-1 without one, as the
   * servlet specification says).
   *
   * @throws UnsupportedEncodingException if the encoding is not known
   */
  public BufferedReader reader(String characterEncoding) throws UnsupportedEncodingException {
    Charset charset;
    try {
      charset = characterEncoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(characterEncoding);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedEncodingException(characterEncoding);
    }
    return new BufferedReader(new InputStreamReader(stream(), charset));
  }

  /**
   * The request's parameters: the query string's, then a form body's (decoded with the request's
   * character encoding, UTF-8 without one); worked out at the first call and kept.
   *
   * @param rawQuery the query string, or null
   * @param contentType the request's content type, or null
   * @param characterEncoding the request's character encoding, or null
   */
  public Map<String, String[]> parameters(String rawQuery, String contentType, String characterEncoding) {
    if (parameters == null) {
      boolean form = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM);
      Map<String, List<String>> merged = new LinkedHashMap<>();
      QueryString.parse(rawQuery).forEach((k, v) -> merged.computeIfAbsent(k, n -> new ArrayList<>()).addAll(v));
      if (form) {
        Charset charset = characterEncoding == null ? StandardCharsets.UTF_8 : Charset.forName(characterEncoding);
        QueryString.parse(new String(bytes, charset))
            .forEach((k, v) -> merged.computeIfAbsent(k, n -> new ArrayList<>()).addAll(v));
      }
      Map<String, String[]> out = new LinkedHashMap<>();
      merged.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
      parameters = Collections.unmodifiableMap(out);
    }
    return parameters;
  }
}
