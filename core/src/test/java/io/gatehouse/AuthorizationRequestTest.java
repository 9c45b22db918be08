package io.gatehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The resource's account is read in place, as splitting the ARN at its colons read it. */
class AuthorizationRequestTest {
  private static final Principal ALICE = Principal.fromArn("arn:aws:iam::123456789012:user/alice");
  private static final String[] PIECES = {
    "arn", ":", "aws", "s3", "", "123456789012", "210987654321", "bucket/key", "a:b", "us-east-1"
  };

  private static String bySplitting(String resource) {
    if (resource.startsWith("arn:")) {
      String[] parts = resource.split(":", 6);
      if (parts.length == 6 && !parts[4].isEmpty()) {
        return parts[4];
      }
    }
    return ALICE.accountId();
  }

  @Test
  void resourceAccountIsTheArnsAccountField() {
    Random r = new Random(0xACC0_0147L);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder resource = new StringBuilder(r.nextInt(4) == 0 ? "" : "arn:");
      int n = r.nextInt(10);
      for (int i = 0; i < n; i++) {
        resource.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String text = resource.toString();
      AuthorizationRequest request = AuthorizationRequest.of(ALICE, "s3:GetObject", text);
      assertEquals(bySplitting(text), request.resourceAccount(), text);
      assertEquals(!bySplitting(text).equals(ALICE.accountId()), request.isCrossAccount(), text);
    }
  }

  @Test
  void withContextKeepsTheQuestionAndChangesOnlyTheContext() {
    AuthorizationRequest asked = AuthorizationRequest.builder(ALICE).action("S3:GetObject").resource("bucket/key")
        .resourceAccount("210987654321").build();
    RequestContext context = RequestContext.builder().put("aws:SourceIp", "203.0.113.7").build();
    AuthorizationRequest full = asked.withContext(context);
    assertEquals(ALICE, full.principal());
    assertEquals("S3:GetObject", full.action());
    assertEquals("s3:getobject", full.lowerCaseAction());
    assertEquals("bucket/key", full.resource());
    assertEquals("210987654321", full.resourceAccount());
    assertEquals(true, full.isCrossAccount());
    assertEquals(context, full.context());
    assertEquals(RequestContext.empty(), asked.context());
  }
}
