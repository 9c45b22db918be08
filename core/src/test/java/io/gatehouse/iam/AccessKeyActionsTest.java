package io.gatehouse.iam;

import static io.gatehouse.iam.ActionFixture.keys;
import static io.gatehouse.iam.ActionFixture.list;
import static io.gatehouse.iam.ActionFixture.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gatehouse.store.AccessKeyUsageRecorder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessKeyActionsTest {
  private final ActionFixture a = new ActionFixture();

  @Test
  void onlyCreateAccessKeyReturnsTheSecret() {
    a.call("CreateUser", "UserName", "alice");
    Map<String, Object> key = map(a.call("CreateAccessKey", "UserName", "alice").get("AccessKey"));
    assertEquals(List.of("UserName", "AccessKeyId", "Status", "SecretAccessKey", "CreateDate"), keys(key));
    assertEquals("Active", key.get("Status"));
    assertEquals(40, ((String) key.get("SecretAccessKey")).length());
    String id = (String) key.get("AccessKeyId");
    String secret = (String) key.get("SecretAccessKey");

    Map<String, Object> listed = a.call("ListAccessKeys", "UserName", "alice");
    assertEquals(List.of("AccessKeyMetadata", "IsTruncated"), keys(listed));
    assertEquals(List.of("UserName", "AccessKeyId", "Status", "CreateDate"),
        keys(list(listed.get("AccessKeyMetadata")).get(0)));
    assertFalse(listed.toString().contains(secret));

    a.call("UpdateAccessKey", "UserName", "alice", "AccessKeyId", id, "Status", "Inactive");
    assertEquals("Inactive", map(list(a.call("ListAccessKeys", "UserName", "alice").get("AccessKeyMetadata"))
        .get(0)).get("Status"));
    Map<String, Object> lastUsed = a.call("GetAccessKeyLastUsed", "AccessKeyId", id);
    assertEquals(List.of("UserName", "AccessKeyLastUsed"), keys(lastUsed));
    assertEquals(Map.of("ServiceName", "N/A", "Region", "N/A"), lastUsed.get("AccessKeyLastUsed"));
    try (AccessKeyUsageRecorder recorder = AccessKeyUsageRecorder.start(a.f.store, Duration.ofMinutes(15),
        a.f.clock)) {
      recorder.recordUse(id, "s3", "us-east-1");
    }
    assertEquals(List.of("LastUsedDate", "ServiceName", "Region"),
        keys(a.call("GetAccessKeyLastUsed", "AccessKeyId", id).get("AccessKeyLastUsed")));
    assertFalse(a.call("GetAccessKeyLastUsed", "AccessKeyId", id).toString().contains(secret));
    a.call("DeleteAccessKey", "UserName", "alice", "AccessKeyId", id);
    assertEquals(List.of(), a.call("ListAccessKeys", "UserName", "alice").get("AccessKeyMetadata"));
    a.refused("NoSuchEntity", null, "CreateAccessKey", "UserName", "bob");
  }
}
