package io.gatehouse.iam;

import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.User;
import io.gatehouse.identity.UserBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Access keys: create (the only time the secret is returned), list (never the secret), activate or
 * deactivate, delete, and when each was last used (as recorded by an {@link
 * io.gatehouse.store.AccessKeyUsageRecorder}).
 */
final class AccessKeyOperations {
  private static final List<String> STATUSES = List.of("Active", "Inactive");

  private final AdministeredAccount account;

  AccessKeyOperations(AdministeredAccount account) {
    this.account = account;
  }

  NewAccessKey createAccessKey(String userName) {
    String name = Constraints.name(userName, "userName", 64);
    AccessKey[] created = new AccessKey[1];
    account.change(a -> {
      User u = Entities.user(a, name);
      if (u.accessKeys().size() >= IamQuotas.ACCESS_KEYS_PER_USER) {
        throw IamException.quota("AccessKeysPerUser", IamQuotas.ACCESS_KEYS_PER_USER);
      }
      String id = account.ids().newAccessKeyId();
      while (a.accessKey(id).isPresent()) {
        id = account.ids().newAccessKeyId();
      }
      created[0] = new AccessKey(u.name(), id, account.ids().newSecretAccessKey(), true, account.now(), null, null);
      UserBuilder b = u.toBuilder();
      b.accessKeys().add(created[0]);
      return a.toBuilder().putUser(b.build()).build();
    });
    AccessKey k = created[0];
    return new NewAccessKey(k.userName(), k.accessKeyId(), k.status(), k.secretAccessKey(), k.createDate());
  }

  IamPage<AccessKeyMetadata> listAccessKeys(String userName, String marker, Integer maxItems) {
    String name = Constraints.name(userName, "userName", 64);
    Pagination page = Pagination.of(marker, maxItems);
    List<AccessKeyMetadata> keys = new ArrayList<>();
    for (AccessKey k : Entities.user(account.read(), name).accessKeys()) {
      keys.add(AccessKeyMetadata.of(k));
    }
    return page.page(keys, AccessKeyMetadata::accessKeyId);
  }

  void updateAccessKey(String userName, String accessKeyId, String status) {
    String name = Constraints.name(userName, "userName", 64);
    String id = Constraints.accessKeyId(accessKeyId);
    boolean active = Constraints.oneOf(status, "status", STATUSES).equals("Active");
    account.change(a -> {
      User u = Entities.user(a, name);
      AccessKey key = keyOf(u, id);
      UserBuilder b = u.toBuilder();
      b.accessKeys().replaceAll(k -> k == key ? k.withActive(active) : k);
      return a.toBuilder().putUser(b.build()).build();
    });
  }

  void deleteAccessKey(String userName, String accessKeyId) {
    String name = Constraints.name(userName, "userName", 64);
    String id = Constraints.accessKeyId(accessKeyId);
    account.change(a -> {
      User u = Entities.user(a, name);
      AccessKey key = keyOf(u, id);
      UserBuilder b = u.toBuilder();
      b.accessKeys().remove(key);
      return a.toBuilder().putUser(b.build()).build();
    });
  }

  AccessKeyLastUsed getAccessKeyLastUsed(String accessKeyId) {
    String id = Constraints.accessKeyId(accessKeyId);
    return AccessKeyLastUsed.of(account.read().accessKey(id).orElseThrow(() -> notFound(id)));
  }

  private static AccessKey keyOf(User u, String accessKeyId) {
    for (AccessKey k : u.accessKeys()) {
      if (k.accessKeyId().equals(accessKeyId)) {
        return k;
      }
    }
    throw notFound(accessKeyId);
  }

  private static IamException notFound(String accessKeyId) {
    return IamException.noSuchEntity("The Access Key with id " + accessKeyId + " cannot be found.");
  }
}
