package io.gatehouse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyDocumentDecoderTest {
  @Test
  void decodesUrlEncodedDocumentsWhereverTheyAre() {
    String encoded = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22"
        + "%2C%22Action%22%3A%22s3%3AGet%2A%22%2C%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3Ab%20c%2F%2A%22%7D%5D%7D";
    Object decoded = PolicyDocumentDecoder.decode(Map.of("Policies", List.of(Map.of("PolicyVersionList",
        List.of(Map.of("Document", encoded, "VersionId", "v1"))))));
    Map<String, Object> document = Map.of("Version", "2012-10-17", "Statement", List.of(Map.of("Effect", "Allow",
        "Action", "s3:Get*", "Resource", "arn:aws:s3:::b c/*")));
    assertEquals(Map.of("Policies", List.of(Map.of("PolicyVersionList",
        List.of(Map.of("Document", document, "VersionId", "v1"))))), decoded);
  }

  @Test
  void leavesOtherMembersAndUndecodableTextAlone() {
    assertEquals(Map.of("PolicyName", "%7B", "PolicyDocument", "not json"),
        PolicyDocumentDecoder.decode(Map.of("PolicyName", "%7B", "PolicyDocument", "not json")));
  }
}
