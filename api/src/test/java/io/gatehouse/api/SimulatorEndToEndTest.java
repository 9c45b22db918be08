package io.gatehouse.api;

import static io.gatehouse.api.AwsCliEndToEndTest.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Caller;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy simulator's answer per resource, as the AWS CLI and boto3 read it: a user whose
 * policy allows the whole bucket but whose permissions boundary allows only {@code public/} is
 * simulated on two objects; each has its own {@code ResourceSpecificResults} and decision, and the
 * denied one {@code AllowedByPermissionsBoundary: false}.
 */
class SimulatorEndToEndTest {
  private static final String CAROL = "arn:aws:iam::111122223333:user/carol";
  private static final String PUBLIC = "arn:aws:s3:::bucket/public/a";
  private static final String PRIVATE = "arn:aws:s3:::bucket/private/b";

  @TempDir Path dir;
  private ApiServer server;
  private AwsCli cli;

  @BeforeEach
  void start() throws Exception {
    server = ApiServer.start(dir, "/");
    cli = new AwsCli(server.endpoint(), dir.resolve("home"));
    admin("CreatePolicy", "PolicyName", "BucketReads", "PolicyDocument", allow("arn:aws:s3:::bucket/*"));
    admin("CreatePolicy", "PolicyName", "PublicOnly", "PolicyDocument", allow("arn:aws:s3:::bucket/public/*"));
    admin("CreateUser", "UserName", "carol", "PermissionsBoundary", "arn:aws:iam::111122223333:policy/PublicOnly");
    admin("AttachUserPolicy", "UserName", "carol", "PolicyArn", "arn:aws:iam::111122223333:policy/BucketReads");
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private void admin(String action, String... pairs) {
    Map<String, String> p = new LinkedHashMap<>(Map.of("Action", action, "Version", QueryApi.IAM_VERSION));
    for (int i = 0; i < pairs.length; i += 2) {
      p.put(pairs[i], pairs[i + 1]);
    }
    Caller admin = Caller.withAccessKey(Principal.fromArn("arn:aws:iam::111122223333:user/admin"), ApiServer.ADMIN_KEY);
    QueryResponse r = server.api.call(admin, p, RequestInfo.none(), RequestContext.empty());
    assertEquals(200, r.httpStatus(), r::xml);
  }

  private static String allow(String resource) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
        + "\"Resource\":\"" + resource + "\"}]}";
  }

  @Test
  void theAwsCliShowsEachResourcesOwnResultAndTheBoundaryThatDenied() throws Exception {
    AwsCli.Result r = cli.aws(ApiServer.ADMIN_KEY, ApiServer.ADMIN_SECRET, null, "iam", "simulate-principal-policy",
        "--policy-source-arn", CAROL, "--action-names", "s3:GetObject", "--resource-arns", PUBLIC, PRIVATE);
    assertEquals(0, r.exitCode(), r::toString);
    String out = r.stdout();
    assertEquals(List.of("allowed", "implicitDeny"), fields(out, "EvalDecision"));
    assertEquals(List.of("allowed", "implicitDeny"), fields(out, "EvalResourceDecision"));
    assertEquals(List.of(PUBLIC, PUBLIC, PRIVATE, PRIVATE), fields(out, "EvalResourceName"));
    assertTrue(out.contains("\"AllowedByPermissionsBoundary\": false"), out);
    assertTrue(out.contains("\"AllowedByPermissionsBoundary\": true"), out);
    assertTrue(out.contains("\"EvalDecisionDetails\": {}"), out);
  }

  @Test
  void boto3ReadsTheSameFieldsAndACrossAccountDecisionPerPolicyKind() throws Exception {
    String script = """
        import boto3, json, os
        iam = boto3.client("iam", endpoint_url=os.environ["GATEHOUSE_ENDPOINT"], region_name="us-east-1")
        r = iam.simulate_principal_policy(PolicySourceArn="%s", ActionNames=["s3:GetObject"],
                                          ResourceArns=["%s", "%s"])
        out = []
        for e in r["EvaluationResults"]:
            s = e["ResourceSpecificResults"][0]
            out.append([e["EvalResourceName"], e["EvalDecision"],
                        e["PermissionsBoundaryDecisionDetail"]["AllowedByPermissionsBoundary"],
                        s["EvalResourceName"], s["EvalResourceDecision"],
                        s["PermissionsBoundaryDecisionDetail"]["AllowedByPermissionsBoundary"]])
        c = iam.simulate_custom_policy(
            PolicyInputList=['{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"*"}]}'],
            ActionNames=["sqs:SendMessage"], ResourceArns=["arn:aws:sqs:us-east-1:444455556666:orders"],
            CallerArn="%s")["EvaluationResults"][0]
        out.append([c["EvalDecision"], c["EvalDecisionDetails"]])
        print(json.dumps(out))
        """.formatted(CAROL, PUBLIC, PRIVATE, CAROL);
    AwsCli.Result r = cli.run(List.of("python3", "-c", script), ApiServer.ADMIN_KEY, ApiServer.ADMIN_SECRET, null);
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("[[\"" + PUBLIC + "\", \"allowed\", true, \"" + PUBLIC + "\", \"allowed\", true], [\"" + PRIVATE
        + "\", \"implicitDeny\", false, \"" + PRIVATE + "\", \"implicitDeny\", false], [\"implicitDeny\", "
        + "{\"IAM Policy\": \"allowed\", \"Resource Policy\": \"implicitDeny\"}]]", r.stdout().strip());
  }
}
