package io.gatehouse.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuthorizationHeaderTest {
  private static final String SCOPE = "AKIDEXAMPLE/20150830/us-east-1/service/aws4_request";
  private static final String SIGNATURE = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

  @Test
  void readsTheThreeComponents() {
    AuthorizationHeader h = AuthorizationHeader.parse("AWS4-HMAC-SHA256 Credential=" + SCOPE
        + ", SignedHeaders=host;x-amz-date, Signature=" + SIGNATURE);
    assertEquals(new CredentialScope("AKIDEXAMPLE", "20150830", "us-east-1", "service"), h.scope());
    assertEquals(List.of("host", "x-amz-date"), h.signedHeaders());
    assertEquals(SIGNATURE, h.signature());
  }

  @Test
  void namesWhatIsMissingInOrder() {
    SignatureException e = assertThrows(SignatureException.class,
        () -> AuthorizationHeader.parse("AWS4-HMAC-SHA256 SignedHeaders=host"));
    assertEquals("IncompleteSignature", e.code());
    assertEquals("Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' "
        + "parameter.", e.getMessage());
  }

  /**
   * Values a client could send, well formed or not; each must be read exactly as the header was read
   * with {@code split} and {@code strip} (the {@link Reference} below), the same components or the
   * same refusal.
   */
  static Stream<String> values() {
    String ok = "Credential=" + SCOPE + ", SignedHeaders=host;x-amz-date, Signature=" + SIGNATURE;
    return Stream.of(
        "AWS4-HMAC-SHA256 " + ok,
        "  AWS4-HMAC-SHA256 " + ok + "  ",
        "AWS4-HMAC-SHA256 Credential=" + SCOPE + ",SignedHeaders=host,Signature=" + SIGNATURE,
        "AWS4-HMAC-SHA256  Credential = " + SCOPE + " ,\tSignedHeaders=\thost ,Signature=" + SIGNATURE + " ",
        "AWS4-HMAC-SHA256 " + ok + ",",
        "AWS4-HMAC-SHA256 " + ok + ",,,",
        "AWS4-HMAC-SHA256 " + ok + ", ,",
        "AWS4-HMAC-SHA256 " + ok + ", Extra=1",
        "AWS4-HMAC-SHA256 " + ok + ", Extra=1, Extra=2",
        "AWS4-HMAC-SHA256 " + ok + ", Signature=" + SIGNATURE,
        "AWS4-HMAC-SHA256 ,," + ok,
        "AWS4-HMAC-SHA256 ,",
        "AWS4-HMAC-SHA256 ,,,",
        "AWS4-HMAC-SHA256",
        "AWS4-HMAC-SHA256 x",
        "AWS4-HMAC-SHA256 =x, " + ok,
        "AWS4-HMAC-SHA256  =x",
        "AWS4-HMAC-SHA256 Credential, " + ok,
        "AWS4-HMAC-SHA256 Credential=, SignedHeaders=host, Signature=",
        "AWS4-HMAC-SHA256 credential=" + SCOPE + ", SignedHeaders=host, Signature=" + SIGNATURE,
        "AWS4-HMAC-SHA256 Credential=a=b/20150830/us-east-1/service/aws4_request, SignedHeaders=host, Signature=x",
        "AWS4-HMAC-SHA256\tCredential=" + SCOPE + ", SignedHeaders=host, Signature=" + SIGNATURE,
        "AWS4-HMAC-SHA1 " + ok,
        "AWS4-HMAC-SHA2567 " + ok,
        "AWS4-HMAC-SHA25 " + ok,
        "",
        "   ",
        "Bearer abc",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service, SignedHeaders=host, Signature=x",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request/, SignedHeaders=host, Signature=x",
        "AWS4-HMAC-SHA256 Credential=/20150830/us-east-1/service/aws4_request, SignedHeaders=host, Signature=x",
        "AWS4-HMAC-SHA256 Credential=AKID///service/aws4_request, SignedHeaders=host, Signature=x",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_requesT, SignedHeaders=host, Signature=x",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request2, SignedHeaders=host, Signature=x",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4, SignedHeaders=host, Signature=x",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/, SignedHeaders=host, Signature=x",
        "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=, Signature=x",
        "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=host;, Signature=x",
        "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=;host, Signature=x",
        "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=host;;x-amz-date, Signature=x",
        "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=x-amz-date, Signature=x",
        "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=:authority;x-amz-date, Signature=x",
        "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=Host, Signature=x",
        "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=a;b;c;d;e;f;g;h;i;j;host, Signature=x",
        "AWS4-HMAC-SHA256 A=1,B=2,C=3,D=4,E=5,F=6,G=7,H=8,I=9,J=10,K=11, " + ok,
        "AWS4-HMAC-SHA256 A=1,B=2,C=3,D=4,E=5,F=6,G=7,H=8,I=9,J=10,K=11,A=12, " + ok);
  }

  @ParameterizedTest
  @MethodSource("values")
  void readsEveryValueAsSplittingAndStrippingDid(String value) {
    assertEquals(outcome(() -> Reference.parse(value)), outcome(() -> AuthorizationHeader.parse(value)));
  }

  private static String outcome(java.util.function.Supplier<AuthorizationHeader> parse) {
    try {
      return parse.get().toString();
    } catch (SignatureException e) {
      return e.code() + " " + e.httpStatus() + ": " + e.getMessage();
    }
  }

  /** The header as it was parsed before, with {@code split} and {@code strip}: the oracle. */
  private static final class Reference {
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
      return new AuthorizationHeader(scope(components.get("Credential")),
          signedHeaders(components.get("SignedHeaders")), components.get("Signature"));
    }

    static CredentialScope scope(String credential) {
      String[] parts = credential.split("/", -1);
      if (parts.length != 5 || parts[0].isEmpty()) {
        throw SignatureException.incomplete("Credential must have exactly 5 slash-delimited elements, "
            + "e.g. keyid/date/region/service/term, got '" + credential + "'");
      }
      if (!parts[4].equals(CredentialScope.TERMINATOR)) {
        throw SignatureException.doesNotMatch("Credential should be scoped with a valid terminator: 'aws4_request', "
            + "not '" + parts[4] + "'.");
      }
      return new CredentialScope(parts[0], parts[1], parts[2], parts[3]);
    }

    static List<String> signedHeaders(String list) {
      List<String> names = Arrays.asList(list.split(";", -1));
      if (names.stream().anyMatch(String::isEmpty)) {
        throw SignatureException.incomplete("SignedHeaders must be a ';'-separated list of header names, got '"
            + list + "'");
      }
      if (!names.contains("host") && !names.contains(":authority")) {
        throw SignatureException.incomplete(
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
      }
      return List.copyOf(names);
    }
  }
}
