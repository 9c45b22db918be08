package io.gatehouse.iam;

import static io.gatehouse.iam.IamFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.AccessKeyGenerator;
import io.gatehouse.store.AccessKeyUsageRecorder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessKeyOperationsTest {
  private final IamFixture f = new IamFixture();
  private final IamService iam = f.iam;

  @Test
  void createsActiveKeyWhoseSecretIsReturnedOnlyOnce() {
    iam.createUser("alice", null, null, null);
    NewAccessKey key = iam.createAccessKey("ALICE");
    assertEquals("alice", key.userName());
    assertTrue(AccessKeyGenerator.isAccessKeyId(key.accessKeyId()), key.accessKeyId());
    assertTrue(AccessKeyGenerator.isSecretAccessKey(key.secretAccessKey()));
    assertEquals("Active", key.status());
    assertEquals(T0, key.createDate());

    AccessKey stored = f.account().accessKey(key.accessKeyId()).orElseThrow();
    assertEquals(key.secretAccessKey(), stored.secretAccessKey(), "kept so that signatures can be verified");

    IamPage<AccessKeyMetadata> listed = iam.listAccessKeys("alice", null, null);
    assertEquals(List.of(new AccessKeyMetadata("alice", key.accessKeyId(), "Active", T0)), listed.items());
    String secret = key.secretAccessKey();
    assertFalse(key.toString().contains(secret));
    assertFalse(listed.toString().contains(secret));
    assertFalse(stored.toString().contains(secret));
    assertFalse(iam.getAccessKeyLastUsed(key.accessKeyId()).toString().contains(secret));
  }

  @Test
  void refusesAThirdKey() {
    iam.createUser("alice", null, null, null);
    iam.createAccessKey("alice");
    iam.createAccessKey("alice");
    f.refused(() -> iam.createAccessKey("alice"), "LimitExceeded", 409, "Cannot exceed quota for AccessKeysPerUser: 2");
    f.refused(() -> iam.createAccessKey("bob"), "NoSuchEntity", 404, "The user with name bob cannot be found.");
  }

  @Test
  void deactivatesReactivatesAndDeletesKeysOfTheirOwnerOnly() {
    iam.createUser("alice", null, null, null);
    iam.createUser("bob", null, null, null);
    String id = iam.createAccessKey("alice").accessKeyId();
    iam.updateAccessKey("alice", id, "Inactive");
    assertFalse(f.account().accessKey(id).orElseThrow().active());
    assertEquals("Inactive", iam.listAccessKeys("alice", null, null).items().get(0).status());
    iam.updateAccessKey("alice", id, "Active");
    assertTrue(f.account().accessKey(id).orElseThrow().active());

    String notFound = "The Access Key with id " + id + " cannot be found.";
    f.refused(() -> iam.updateAccessKey("bob", id, "Inactive"), "NoSuchEntity", 404, notFound);
    f.refused(() -> iam.deleteAccessKey("bob", id), "NoSuchEntity", 404, notFound);
    f.refused(() -> iam.updateAccessKey("alice", id, "Disabled"), "ValidationError", 400,
        "1 validation error detected: Value 'Disabled' at 'status' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [Active, Inactive]");
    f.refused(() -> iam.updateAccessKey("alice", "AKIA", "Active"), "ValidationError", 400, null);

    iam.deleteAccessKey("alice", id);
    assertTrue(f.account().accessKey(id).isEmpty());
    assertEquals(List.of(), iam.listAccessKeys("alice", null, null).items());
    f.refused(() -> iam.deleteAccessKey("alice", id), "NoSuchEntity", 404, notFound);
  }

  @Test
  void lastUseIsNotApplicableUntilRecordedThenShowsDateServiceAndRegion() {
    iam.createUser("alice", null, null, null);
    String id = iam.createAccessKey("alice").accessKeyId();
    AccessKeyLastUsed never = iam.getAccessKeyLastUsed(id);
    assertEquals(new AccessKeyLastUsed("alice", null, "N/A", "N/A"), never);
    assertTrue(never.lastUsed().isEmpty());

    try (AccessKeyUsageRecorder recorder = AccessKeyUsageRecorder.start(f.store, Duration.ofMinutes(15), f.clock)) {
      recorder.recordUse(id, "s3", "eu-west-1");
    }
    assertEquals(new AccessKeyLastUsed("alice", T0, "s3", "eu-west-1"), iam.getAccessKeyLastUsed(id));
  }

  @Test
  void lastUsedOfAnUnknownKeyIsNoSuchEntity() {
    f.refused(() -> iam.getAccessKeyLastUsed("AKIAUNKNOWNKEY000000"), "NoSuchEntity", 404,
        "The Access Key with id AKIAUNKNOWNKEY000000 cannot be found.");
  }
}
