package io.gatehouse.sigv4;

/**
 * The {@code Credential} of a signature: {@code AKID/YYYYMMDD/REGION/SERVICE/aws4_request}.
 *
 * @param accessKeyId the access key id
 * @param date the scope's date, {@code YYYYMMDD}
 * @param region the region
 * @param service the service
 */
record CredentialScope(String accessKeyId, String date, String region, String service) {
  static final String TERMINATOR = "aws4_request";

  /**
   * Parses a credential.
   *
   * @throws SignatureException IncompleteSignature if it does not have five parts,
   *     SignatureDoesNotMatch if it does not end in {@code aws4_request}
   */
  static CredentialScope parse(String credential) {
    String[] parts = credential.split("/", -1);
    if (parts.length != 5 || parts[0].isEmpty()) {
      throw SignatureException.incomplete("Credential must have exactly 5 slash-delimited elements, "
          + "e.g. keyid/date/region/service/term, got '" + credential + "'");
    }
    if (!parts[4].equals(TERMINATOR)) {
      throw SignatureException.doesNotMatch("Credential should be scoped with a valid terminator: 'aws4_request', not '"
          + parts[4] + "'.");
    }
    return new CredentialScope(parts[0], parts[1], parts[2], parts[3]);
  }

  /** {@code YYYYMMDD/REGION/SERVICE/aws4_request}, as in the string to sign. */
  String scope() {
    return date + "/" + region + "/" + service + "/" + TERMINATOR;
  }
}
