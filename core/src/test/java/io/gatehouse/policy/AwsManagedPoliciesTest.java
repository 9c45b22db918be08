package io.gatehouse.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Authorizer;
import io.gatehouse.CompiledPolicy;
import io.gatehouse.DecisionType;
import io.gatehouse.PolicySet;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Real AWS managed policy documents (see the corpus's SOURCES.md) are valid and decide as AWS. */
class AwsManagedPoliciesTest {
  private static final String USER = "arn:aws:iam::111111111111:user/alice";
  private final PolicyParser parser = new PolicyParser();

  private static Path corpus() throws URISyntaxException {
    return Path.of(AwsManagedPoliciesTest.class.getResource("/aws-managed-policies").toURI());
  }

  private PolicyDocument managed(String name) throws Exception {
    return parser.parse(corpus().resolve(name + ".json"));
  }

  @TestFactory
  Stream<DynamicTest> everyManagedPolicyParsesAndCompiles() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus())) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 80, "the corpus has its documents");
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      PolicyDocument doc = parser.parse(f);
      assertFalse(doc.statements().isEmpty());
      CompiledPolicy.compile(doc);
    }));
  }

  private DecisionType decide(String policy, String action, String resource, RequestContext ctx)
      throws Exception {
    PolicySet set = PolicySet.builder().identityPolicy(managed(policy)).build();
    return Authorizer.standard().decide(AuthorizationRequest.builder(Principal.fromArn(USER))
        .action(action).resource(resource).context(ctx).build(), set).type();
  }

  @Test
  void administratorAccessAllowsEverything() throws Exception {
    assertEquals(DecisionType.ALLOW,
        decide("AdministratorAccess", "iam:CreateUser", "arn:aws:iam::111111111111:user/bob", RequestContext.empty()));
  }

  @Test
  void powerUserAccessExcludesIamThroughNotAction() throws Exception {
    assertEquals(DecisionType.ALLOW,
        decide("PowerUserAccess", "s3:PutObject", "arn:aws:s3:::bucket/key", RequestContext.empty()));
    assertEquals(DecisionType.IMPLICIT_DENY,
        decide("PowerUserAccess", "iam:CreateUser", "arn:aws:iam::111111111111:user/bob", RequestContext.empty()));
  }

  @Test
  void readOnlyAccessReadsButDoesNotWrite() throws Exception {
    assertEquals(DecisionType.ALLOW,
        decide("ReadOnlyAccess", "s3:GetObject", "arn:aws:s3:::bucket/key", RequestContext.empty()));
    assertEquals(DecisionType.IMPLICIT_DENY,
        decide("ReadOnlyAccess", "s3:PutObject", "arn:aws:s3:::bucket/key", RequestContext.empty()));
  }

  @Test
  void iamUserChangePasswordAppliesOnlyToTheCallersOwnUser() throws Exception {
    RequestContext alice = RequestContext.builder().put("aws:username", "alice").build();
    assertEquals(DecisionType.ALLOW, decide("IAMUserChangePassword", "iam:ChangePassword",
        "arn:aws:iam::111111111111:user/alice", alice));
    assertEquals(DecisionType.IMPLICIT_DENY, decide("IAMUserChangePassword", "iam:ChangePassword",
        "arn:aws:iam::111111111111:user/bob", alice));
    assertEquals(DecisionType.IMPLICIT_DENY, decide("IAMUserChangePassword", "iam:ChangePassword",
        "arn:aws:iam::111111111111:user/alice", RequestContext.empty()));
  }
}
