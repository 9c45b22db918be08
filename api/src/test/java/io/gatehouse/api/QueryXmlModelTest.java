package io.gatehouse.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Caller;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XML of every kind of answer, checked against botocore's IAM and STS service models (the
 * models the AWS CLI and boto3 parse with) by {@code check_query_xml.py}: each element must be a
 * member of the operation's output shape, lists {@code <member>}s, maps {@code <entry>}s, with
 * ISO 8601 timestamps, {@code true}/{@code false} booleans, enum values, and required members.
 */
class QueryXmlModelTest {
  private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"S\",\"Effect\":\"Allow\","
      + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}]}";
  private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"sts:AssumeRole\"}]}";

  @TempDir Path dir;
  private final List<String[]> documents = new ArrayList<>();
  private QueryApi api;
  private final Caller admin = Caller.withAccessKey(Principal.fromArn("arn:aws:iam::111122223333:user/admin"),
      ApiServer.ADMIN_KEY);

  private QueryResponse call(String service, String action, String... pairs) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Action", action);
    p.put("Version", service.equals("iam") ? QueryApi.IAM_VERSION : QueryApi.STS_VERSION);
    for (int i = 0; i < pairs.length; i += 2) {
      p.put(pairs[i], pairs[i + 1]);
    }
    QueryResponse r = api.call(admin, p, RequestInfo.none(), RequestContext.empty());
    assertEquals(200, r.httpStatus(), () -> action + ": " + r.xml());
    documents.add(new String[] {service, action, r.xml()});
    return r;
  }

  @Test
  void everyAnswerConformsToTheServiceModels() throws Exception {
    Path file = ApiServer.copyAccount(dir);
    try (var store = io.gatehouse.store.FileAccountStore.open(List.of(file))) {
      api = QueryApi.builder(store).build();
      String arn = "arn:aws:iam::111122223333:policy/Reader";
      call("iam", "CreatePolicy", "PolicyName", "Reader", "PolicyDocument", POLICY, "Description", "reads");
      call("iam", "CreateUser", "UserName", "dev", "Path", "/eng/", "Tags.member.1.Key", "team",
          "Tags.member.1.Value", "core", "PermissionsBoundary", arn);
      call("iam", "GetUser", "UserName", "dev");
      call("iam", "ListUsers");
      call("iam", "TagUser", "UserName", "dev", "Tags.member.1.Key", "k", "Tags.member.1.Value", "v");
      call("iam", "ListUserTags", "UserName", "dev");
      call("iam", "CreateGroup", "GroupName", "devs");
      call("iam", "AddUserToGroup", "GroupName", "devs", "UserName", "dev");
      call("iam", "GetGroup", "GroupName", "devs");
      call("iam", "ListGroups");
      call("iam", "ListGroupsForUser", "UserName", "dev");
      call("iam", "CreateRole", "RoleName", "ops", "AssumeRolePolicyDocument", TRUST, "Description", "ops role");
      call("iam", "GetRole", "RoleName", "ops");
      call("iam", "ListRoles");
      call("iam", "PutRolePermissionsBoundary", "RoleName", "ops", "PermissionsBoundary", arn);
      call("iam", "GetPolicy", "PolicyArn", arn);
      call("iam", "CreatePolicyVersion", "PolicyArn", arn, "PolicyDocument", POLICY, "SetAsDefault", "true");
      call("iam", "GetPolicyVersion", "PolicyArn", arn, "VersionId", "v2");
      call("iam", "ListPolicyVersions", "PolicyArn", arn);
      call("iam", "ListPolicies", "Scope", "Local");
      call("iam", "AttachUserPolicy", "UserName", "dev", "PolicyArn", arn);
      call("iam", "ListAttachedUserPolicies", "UserName", "dev");
      call("iam", "PutUserPolicy", "UserName", "dev", "PolicyName", "inline", "PolicyDocument", POLICY);
      call("iam", "GetUserPolicy", "UserName", "dev", "PolicyName", "inline");
      call("iam", "ListUserPolicies", "UserName", "dev");
      QueryResponse key = call("iam", "CreateAccessKey", "UserName", "dev");
      String keyId = String.valueOf(((Map<?, ?>) key.result().orElseThrow().get("AccessKey")).get("AccessKeyId"));
      call("iam", "ListAccessKeys", "UserName", "dev");
      call("iam", "GetAccessKeyLastUsed", "AccessKeyId", keyId);
      call("iam", "CreateLoginProfile", "UserName", "dev", "Password", "Correct-Horse-9-battery");
      call("iam", "GetLoginProfile", "UserName", "dev");
      call("iam", "CreateVirtualMFADevice", "VirtualMFADeviceName", "dev-phone");
      call("iam", "ListVirtualMFADevices");
      call("iam", "ListMFADevices", "UserName", "dev");
      call("iam", "GetAccountAuthorizationDetails");
      call("iam", "GetAccountSummary");
      call("iam", "SimulateCustomPolicy", "PolicyInputList.member.1", POLICY, "ActionNames.member.1", "s3:GetObject",
          "ContextEntries.member.1.ContextKeyName", "aws:SourceIp", "ContextEntries.member.1.ContextKeyType", "ip",
          "ContextEntries.member.1.ContextKeyValues.member.1", "10.0.0.1");
      call("iam", "SimulatePrincipalPolicy", "PolicySourceArn", "arn:aws:iam::111122223333:user/eng/dev",
          "ActionNames.member.1", "s3:GetObject", "ActionNames.member.2", "s3:PutObject");
      // Per resource, with a boundary, and across accounts (EvalDecisionDetails has entries then).
      call("iam", "SimulatePrincipalPolicy", "PolicySourceArn", "arn:aws:iam::111122223333:user/eng/dev",
          "ActionNames.member.1", "s3:GetObject", "ResourceArns.member.1", "arn:aws:s3:::bucket/a",
          "ResourceArns.member.2", "arn:aws:s3:::bucket/b");
      call("iam", "SimulateCustomPolicy", "PolicyInputList.member.1", POLICY, "ActionNames.member.1", "s3:GetObject",
          "ResourceArns.member.1", "arn:aws:s3:::bucket/a", "ResourceOwner", "arn:aws:iam::444455556666:root",
          "ResourcePolicy", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
              + "{\"AWS\":\"111122223333\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");
      call("iam", "DeleteUserPolicy", "UserName", "dev", "PolicyName", "inline");
      call("sts", "GetCallerIdentity");
      call("sts", "AssumeRole", "RoleArn", "arn:aws:iam::111122223333:role/deployer", "RoleSessionName", "model",
          "Policy", POLICY);
      call("sts", "GetSessionToken", "DurationSeconds", "900");
    }
    List<List<String>> problems = check(documents);
    for (int i = 0; i < documents.size(); i++) {
      String[] d = documents.get(i);
      assertTrue(problems.get(i).isEmpty(), d[1] + ": " + problems.get(i) + "\n" + d[2]);
    }
    assertEquals(documents.size(), problems.size());
  }

  @Test
  void theCheckerRefusesAWrongElementName() throws Exception {
    String xml = "<GetUserResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><GetUserResult><User>"
        + "<Path>/</Path><Name>x</Name><UserId>AIDA</UserId><Arn>a</Arn><CreateDate>yesterday</CreateDate>"
        + "</User></GetUserResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetUserResponse>";
    List<List<String>> problems = check(List.<String[]>of(new String[] {"iam", "GetUser", xml}));
    assertEquals(List.of("GetUserResult/User/Name: not a member of User",
        "GetUserResult/User/CreateDate: timestamp 'yesterday' is not ISO 8601",
        "GetUserResult/User: required member UserName of User is missing",
        "botocore could not parse it: Invalid timestamp \"yesterday\": Unknown string format: yesterday"),
        problems.get(0));
  }

  /** Runs the checker on the documents; one list of problems per document. */
  private List<List<String>> check(List<String[]> docs) throws Exception {
    StringBuilder json = new StringBuilder("[");
    for (String[] d : docs) {
      json.append(json.length() > 1 ? "," : "").append("{\"service\":").append(quote(d[0])).append(",\"operation\":")
          .append(quote(d[1])).append(",\"xml\":").append(quote(d[2])).append('}');
    }
    json.append(']');
    Path input = Files.writeString(dir.resolve("documents.json"), json);
    Path script = Path.of(QueryXmlModelTest.class.getResource("/check_query_xml.py").toURI());
    Process p = new ProcessBuilder("python3", script.toString()).redirectInput(input.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return parseLists(out);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Reads the checker's {@code [[ "problem", ...], ...]} (problems are plain strings). */
  private static List<List<String>> parseLists(String json) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = null;
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '[' && i > 0) {
        current = new ArrayList<>();
      } else if (c == ']' && current != null) {
        out.add(current);
        current = null;
      } else if (c == '"') {
        StringBuilder s = new StringBuilder();
        i++;
        while (json.charAt(i) != '"') {
          if (json.charAt(i) == '\\') {
            i++;
            char e = json.charAt(i);
            if (e == 'u') {
              s.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
              i += 4;
            } else {
              s.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            }
          } else {
            s.append(json.charAt(i));
          }
          i++;
        }
        current.add(s.toString());
      }
      i++;
    }
    return out;
  }
}
