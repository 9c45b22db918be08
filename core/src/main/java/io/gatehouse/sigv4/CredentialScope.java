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
    int first = credential.indexOf('/');
    int second = first < 0 ? -1 : credential.indexOf('/', first + 1);
    int third = second < 0 ? -1 : credential.indexOf('/', second + 1);
    int fourth = third < 0 ? -1 : credential.indexOf('/', third + 1);
    if (first <= 0 || fourth < 0 || credential.indexOf('/', fourth + 1) >= 0) {
      throw SignatureException.incomplete("Credential must have exactly 5 slash-delimited elements, "
          + "e.g. keyid/date/region/service/term, got '" + credential + "'");
    }
    if (credential.length() - fourth - 1 != TERMINATOR.length() || !credential.startsWith(TERMINATOR, fourth + 1)) {
      throw SignatureException.doesNotMatch("Credential should be scoped with a valid terminator: 'aws4_request', not '"
          + credential.substring(fourth + 1) + "'.");
    }
    return new CredentialScope(credential.substring(0, first), credential.substring(first + 1, second),
        credential.substring(second + 1, third), credential.substring(third + 1, fourth));
  }

  /** {@code YYYYMMDD/REGION/SERVICE/aws4_request}, as in the string to sign. */
  String scope() {
    return date + "/" + region + "/" + service + "/" + TERMINATOR;
  }
}
