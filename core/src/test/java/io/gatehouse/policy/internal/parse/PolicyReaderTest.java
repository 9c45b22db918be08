package io.gatehouse.policy.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PolicyProblem;
import io.gatehouse.policy.SourceLocation;
import io.gatehouse.policy.internal.ConditionSyntax;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading policies embedded in a larger document, as an account file holds them. */
class PolicyReaderTest {
  private static final ConditionSyntax ANY =
      new ConditionSyntax() {
        @Override
        public String checkOperator(String operator) {
          return null;
        }

        @Override
        public String checkValue(String operator, String value, boolean variablesEnabled) {
          return null;
        }
      };

  private static final String ACCOUNT =
      """
      {"UserDetailList": [{
        "UserName": "alice",
        "UserPolicyList": [
          {"PolicyName": "read", "PolicyDocument": {
            "Version": "2012-10-17",
            "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}},
          {"PolicyName": "broken", "PolicyDocument": {
            "Statement": [{"Effect": "Alow", "Action": "s3:GetObject"}]}}
        ]
      }]}
      """;

  private final DocumentReader documents = new DocumentReader(ReadLimits.defaults());
  private final PolicyReader reader = new PolicyReader(ANY);

  private LocatedNode policyDocument(LocatedNode root, int user, int policy) {
    LocatedArray users = (LocatedArray) ((LocatedObject) root).get("UserDetailList");
    LocatedArray policies =
        (LocatedArray) ((LocatedObject) users.elements().get(user)).get("UserPolicyList");
    return ((LocatedObject) policies.elements().get(policy)).get("PolicyDocument");
  }

  @Test
  void readsPoliciesAtAPathAndSharesOneProblemList() {
    ProblemList problems = new ProblemList();
    LocatedNode root = documents.read(ACCOUNT, "account.json", DocumentFormat.JSON, problems);
    NodePath policies = NodePath.root().key("UserDetailList").index(0).key("UserPolicyList");

    PolicyDocument read =
        reader.read(
            policyDocument(root, 0, 0),
            policies.index(0).key("PolicyDocument"),
            "alice/read",
            problems);
    PolicyDocument broken =
        reader.read(
            policyDocument(root, 0, 1),
            policies.index(1).key("PolicyDocument"),
            "alice/broken",
            problems);

    assertNotNull(read);
    assertEquals("alice/read", read.name());
    assertEquals(new SourceLocation("account.json", 6, 20), read.statements().get(0).location());
    assertNull(broken);
    assertEquals(
        List.of(
            new PolicyProblem(
                "account.json",
                8,
                32,
                "UserDetailList[0].UserPolicyList[1].PolicyDocument.Statement[0].Effect",
                "expected \"Allow\" or \"Deny\", found \"Alow\"")),
        problems.toList());
  }

  @Test
  void reportsAPolicyThatIsNotAnObjectAtItsPath() {
    ProblemList problems = new ProblemList();
    LocatedNode root =
        documents.read("Policies:\n  - just text\n", "account.yaml", DocumentFormat.YAML, problems);
    LocatedNode policy = ((LocatedArray) ((LocatedObject) root).get("Policies")).elements().get(0);

    assertNull(reader.read(policy, NodePath.root().key("Policies").index(0), "p", problems));
    assertEquals(
        "account.yaml:2:5: Policies[0]: expected a policy object, found \"just text\"",
        problems.toList().get(0).toString());
  }

  @Test
  void returnsADocumentOnlyWhenThatPolicyHadNoProblem() {
    ProblemList problems = new ProblemList();
    problems.addForDocument("other.json", "an earlier problem elsewhere");
    LocatedNode root =
        documents.read(
            "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\"}}",
            "p.json",
            DocumentFormat.JSON,
            problems);

    assertNotNull(reader.read(root, NodePath.root(), "p", problems));
    assertTrue(problems.size() == 1);
  }
}
