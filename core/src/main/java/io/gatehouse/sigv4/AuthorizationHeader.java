package io.gatehouse.sigv4;

import java.util.Arrays;
import java.util.List;

/**
 * A parsed {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}
 * header.
 *
 * <p>Parsed by scanning the value once, on every signed request: the components are read as
 * {@code String.split(",")} and {@code strip()} would cut them (empty components at the end are
 * dropped, whitespace around names and values is ignored), without the intermediate strings.
 *
 * @param scope the credential scope
 * @param signedHeaders the signed header names, in the order given
 * @param signature the signature as sent
 */
record AuthorizationHeader(CredentialScope scope, List<String> signedHeaders, String signature) {
  private static final String CREDENTIAL = "Credential";
  private static final String SIGNED_HEADERS = "SignedHeaders";
  private static final String SIGNATURE = "Signature";

  /**
   * Parses the header's value.
   *
   * @throws SignatureException IncompleteSignature if it is malformed or incomplete
   */
  static AuthorizationHeader parse(String value) {
    String text = value.strip();
    int space = text.indexOf(' ');
    String algorithm = SignatureCalculator.ALGORITHM;
    boolean known = space < 0 ? text.equals(algorithm) : space == algorithm.length() && text.startsWith(algorithm);
    if (!known) {
      throw SignatureException.incomplete("Unsupported AWS 'algorithm': '" + (space < 0 ? text : text.substring(0, space))
          + "'");
    }
    String credential = null;
    String signedHeaders = null;
    String signature = null;
    if (space > 0) {
      // As split(",") does, commas at the very end make no (empty) components.
      int end = text.length();
      while (end > space + 1 && text.charAt(end - 1) == ',') {
        end--;
      }
      int[] names = new int[8];
      int count = 0;
      int from = space + 1;
      while (from < end) {
        int comma = text.indexOf(',', from);
        int to = comma < 0 || comma > end ? end : comma;
        int start = skipSpace(text, from, to);
        int stop = trimSpace(text, start, to);
        int eq = text.indexOf('=', start);
        if (eq < 0 || eq >= stop || eq == start) {
          throw SignatureException.incomplete("Authorization header requires each component to be of the form "
              + "key=value. Got '" + text.substring(start, stop) + "'");
        }
        int nameEnd = trimSpace(text, start, eq);
        for (int i = 0; i < count; i += 2) {
          if (names[i + 1] - names[i] == nameEnd - start && text.regionMatches(names[i], text, start, nameEnd - start)) {
            throw SignatureException.incomplete("Authorization header repeats '" + text.substring(start, nameEnd) + "'");
          }
        }
        if (count == names.length) {
          names = Arrays.copyOf(names, count * 2);
        }
        names[count++] = start;
        names[count++] = nameEnd;
        int valueStart = skipSpace(text, eq + 1, stop);
        if (is(text, start, nameEnd, CREDENTIAL)) {
          credential = text.substring(valueStart, stop);
        } else if (is(text, start, nameEnd, SIGNED_HEADERS)) {
          signedHeaders = text.substring(valueStart, stop);
        } else if (is(text, start, nameEnd, SIGNATURE)) {
          signature = text.substring(valueStart, stop);
        }
        from = to + 1;
      }
    }
    if (credential == null || signature == null || signedHeaders == null) {
      StringBuilder missing = new StringBuilder();
      missing(missing, credential, CREDENTIAL);
      missing(missing, signature, SIGNATURE);
      missing(missing, signedHeaders, SIGNED_HEADERS);
      throw SignatureException.incomplete(missing.toString().strip());
    }
    return new AuthorizationHeader(CredentialScope.parse(credential), signedHeaders(signedHeaders), signature);
  }

  private static void missing(StringBuilder out, String found, String name) {
    if (found == null) {
      out.append("Authorization header requires '").append(name).append("' parameter. ");
    }
  }

  private static boolean is(String text, int start, int end, String name) {
    return end - start == name.length() && text.startsWith(name, start);
  }

  /** The first index from {@code from} that is not whitespace, or {@code to}. */
  private static int skipSpace(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** The end of {@code [from, to)} without its trailing whitespace. */
  private static int trimSpace(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * The names of a {@code SignedHeaders} list.
   *
   * @throws SignatureException IncompleteSignature if it is empty or does not name {@code host}
   */
  static List<String> signedHeaders(String list) {
    String[] names = new String[8];
    int count = 0;
    boolean host = false;
    int from = 0;
    while (true) {
      int semicolon = list.indexOf(';', from);
      int to = semicolon < 0 ? list.length() : semicolon;
      if (to == from) {
        throw SignatureException.incomplete("SignedHeaders must be a ';'-separated list of header names, got '"
            + list + "'");
      }
      String name = list.substring(from, to);
      host |= name.equals("host") || name.equals(":authority");
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
      }
      names[count++] = name;
      if (semicolon < 0) {
        break;
      }
      from = semicolon + 1;
    }
    if (!host) {
      throw SignatureException.incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    return List.of(count == names.length ? names : Arrays.copyOf(names, count));
  }
}
