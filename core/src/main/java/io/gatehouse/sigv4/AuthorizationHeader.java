package io.gatehouse.sigv4;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}
 * header.
 *
 * @param scope the credential scope
 * @param signedHeaders the signed header names, in the order given
 * @param signature the signature as sent
 */
record AuthorizationHeader(CredentialScope scope, List<String> signedHeaders, String signature) {

  /**
   * Parses the header's value.
   *
   * @throws SignatureException IncompleteSignature if it is malformed or incomplete
   */
  static AuthorizationHeader parse(String value) {
    String text = value.strip();
    int space = text.indexOf(' ');
    String algorithm = space < 0 ? text : text.substring(0, space);
    if (!algorithm.equals(SignatureCalculator.ALGORITHM)) {
      throw SignatureException.incomplete("Unsupported AWS 'algorithm': '" + algorithm + "'");
    }
    Map<String, String> components = new LinkedHashMap<>();
    if (space > 0) {
      for (String part : text.substring(space + 1).split(",")) {
        String p = part.strip();
        int eq = p.indexOf('=');
        if (eq <= 0) {
          throw SignatureException.incomplete("Authorization header requires each component to be of the form "
              + "key=value. Got '" + p + "'");
        }
        if (components.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip()) != null) {
          throw SignatureException.incomplete("Authorization header repeats '" + p.substring(0, eq).strip() + "'");
        }
      }
    }
    StringBuilder missing = new StringBuilder();
    for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
      if (!components.containsKey(required)) {
        missing.append("Authorization header requires '").append(required).append("' parameter. ");
      }
    }
    if (!missing.isEmpty()) {
      throw SignatureException.incomplete(missing.toString().strip());
    }
    return new AuthorizationHeader(CredentialScope.parse(components.get("Credential")),
        signedHeaders(components.get("SignedHeaders")), components.get("Signature"));
  }

  /**
   * The names of a {@code SignedHeaders} list.
   *
   * @throws SignatureException IncompleteSignature if it is empty or does not name {@code host}
   */
  static List<String> signedHeaders(String list) {
    List<String> names = Arrays.asList(list.split(";", -1));
    if (names.stream().anyMatch(String::isEmpty)) {
      throw SignatureException.incomplete("SignedHeaders must be a ';'-separated list of header names, got '"
          + list + "'");
    }
    if (!names.contains("host") && !names.contains(":authority")) {
      throw SignatureException.incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    return List.copyOf(names);
  }
}
