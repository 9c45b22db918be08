package io.gatehouse.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Caller;
import io.gatehouse.store.FileAccountStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link QueryApi} called in-process, as a web console would, with the audit trail read back from its file. */
class QueryApiTest {
  private static final Caller ADMIN = Caller.withAccessKey(
      Principal.fromArn("arn:aws:iam::111122223333:user/admin"), ApiServer.ADMIN_KEY);
  private static final Caller READER = Caller.withAccessKey(
      Principal.fromArn("arn:aws:iam::111122223333:user/reader"), ApiServer.READER_KEY);

  @TempDir Path dir;

  private static Map<String, String> iam(String action, String... pairs) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Action", action);
    p.put("Version", QueryApi.IAM_VERSION);
    for (int i = 0; i < pairs.length; i += 2) {
      p.put(pairs[i], pairs[i + 1]);
    }
    return p;
  }

  private static RequestInfo info(String id) {
    return new RequestInfo(id, "192.0.2.1", "console", Map.of());
  }

  private List<String> run(EnforcementMode mode, java.util.function.Consumer<QueryApi> calls) throws Exception {
    Path account = ApiServer.copyAccount(dir);
    Path audit = Files.createDirectories(dir.resolve("audit"));
    try (FileAccountStore store = FileAccountStore.open(List.of(account));
        Log4jAuditTrail trail = Log4jAuditTrail.open(AuditOptions.inDirectory(audit))) {
      calls.accept(QueryApi.builder(store).auditTrail(trail).mode(mode).build());
    }
    return Files.readAllLines(audit.resolve("gatehouse-audit.log"));
  }

  @Test
  void anAllowedWriteIsDecidedChangedAndAuditedUnderOneRequestId() throws Exception {
    List<String> log = run(EnforcementMode.ENFORCE, api -> {
      QueryResponse r = api.call(ADMIN, iam("CreateUser", "UserName", "carol"), info("req-42"),
          RequestContext.empty());
      assertEquals(200, r.httpStatus(), r.xml());
      assertEquals("req-42", r.requestId());
      assertEquals("carol", ((Map<?, ?>) r.result().orElseThrow().get("User")).get("UserName"));
      assertTrue(r.xml().contains("<RequestId>req-42</RequestId>"));
      QueryResponse login = api.call(ADMIN, iam("CreateLoginProfile", "UserName", "carol", "Password",
          "Very-Secret-Passw0rd"), info("req-43"), RequestContext.empty());
      assertEquals(200, login.httpStatus(), login.xml());
      assertFalse(login.toString().contains("Very-Secret"));
    });
    assertEquals(4, log.size(), String.join("\n", log));
    assertTrue(log.get(0).contains("\"decision\":\"Allow\"") && log.get(0).contains("\"eventName\":\"CreateUser\"")
        && log.get(0).contains("\"enforcementPoint\":\"api\"") && log.get(0).contains("\"requestID\":\"req-42\""),
        log.get(0));
    assertTrue(log.get(1).contains("\"eventName\":\"CreateUser\"") && log.get(1).contains("\"requestID\":\"req-42\"")
        && !log.get(1).contains("\"decision\""), log.get(1));
    assertFalse(String.join("\n", log).contains("Very-Secret-Passw0rd"), "no password in the audit trail");
  }

  @Test
  void aDenyIsAuditedAndChangesNothing() throws Exception {
    byte[][] before = new byte[1][];
    List<String> log = run(EnforcementMode.ENFORCE, api -> {
      try {
        before[0] = Files.readAllBytes(dir.resolve("admin.yaml"));
        QueryResponse r = api.call(READER, iam("AttachUserPolicy", "UserName", "reader", "PolicyArn",
            "arn:aws:iam::aws:policy/AdministratorAccess"), info("req-7"), RequestContext.empty());
        assertEquals(403, r.httpStatus());
        assertEquals("AccessDenied", r.errorCode().orElseThrow());
        assertTrue(r.errorMessage().orElseThrow().contains("iam:AttachUserPolicy on resource: "
            + "arn:aws:iam::111122223333:user/reader"), r.errorMessage().orElseThrow());
        assertTrue(r.result().isEmpty());
        assertTrue(java.util.Arrays.equals(before[0], Files.readAllBytes(dir.resolve("admin.yaml"))));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertEquals(1, log.size(), String.join("\n", log));
    assertTrue(log.get(0).contains("\"decision\":\"ImplicitDeny\"") && log.get(0).contains("\"requestID\":\"req-7\""),
        log.get(0));
  }

  @Test
  void reportOnlyLetsADeniedCallRunAndAuditsTheDeny() throws Exception {
    List<String> log = run(EnforcementMode.REPORT_ONLY, api -> {
      QueryResponse r = api.call(READER, iam("CreateGroup", "GroupName", "shadow"), info("req-9"),
          RequestContext.empty());
      assertEquals(200, r.httpStatus(), r.xml());
    });
    assertTrue(log.get(0).contains("\"decision\":\"ImplicitDeny\""), log.get(0));
    assertTrue(log.get(1).contains("\"eventName\":\"CreateGroup\""), log.get(1));
  }

  @Test
  void refusesAnonymousCallersUnknownVersionsAndMissingActions() throws Exception {
    run(EnforcementMode.ENFORCE, api -> {
      QueryResponse anonymous = api.call(Caller.anonymous(), iam("ListUsers"), RequestInfo.none(),
          RequestContext.empty());
      assertEquals(403, anonymous.httpStatus());
      assertEquals("AccessDenied", anonymous.errorCode().orElseThrow());
      Map<String, String> oldVersion = iam("ListUsers");
      oldVersion.put("Version", "2009-01-01");
      QueryResponse version = api.call(ADMIN, oldVersion, RequestInfo.none(), RequestContext.empty());
      assertEquals("InvalidAction", version.errorCode().orElseThrow());
      QueryResponse none = api.call(ADMIN, Map.of("Version", QueryApi.IAM_VERSION), RequestInfo.none(),
          RequestContext.empty());
      assertEquals(400, none.httpStatus());
      assertEquals("MissingAction", none.errorCode().orElseThrow());
      assertFalse(none.requestId().isBlank(), "a request id is made when none is given");
      QueryResponse sts = api.call(ADMIN, Map.of("Action", "GetCallerIdentity"), RequestInfo.none(),
          RequestContext.empty());
      assertTrue(sts.xml().contains(QueryApi.STS_NAMESPACE), "STS by its action name without a version");
    });
  }
}
