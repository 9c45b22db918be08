package io.gatehouse.iam;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.LoginProfile;
import io.gatehouse.identity.Tag;
import io.gatehouse.identity.User;
import io.gatehouse.identity.UserBuilder;
import java.util.ArrayList;
import java.util.List;

/** IAM's user operations: create, read, list, rename, delete, tag, permissions boundary. */
final class UserOperations {
  private final AdministeredAccount account;

  UserOperations(AdministeredAccount account) {
    this.account = account;
  }

  IamUser createUser(String userName, String path, String permissionsBoundary, List<Tag> tags) {
    String name = Constraints.name(userName, "userName", 64);
    String userPath = Constraints.path(path, "path");
    String boundary = permissionsBoundary == null ? null
        : Constraints.policyArn(permissionsBoundary, "permissionsBoundary");
    List<Tag> userTags = Constraints.tags(tags);
    IamQuotas quotas = account.quotas();
    Account saved = account.change(a -> {
      if (a.user(name).isPresent()) {
        throw IamException.entityAlreadyExists("User with name " + name + " already exists.");
      }
      if (a.users().size() >= quotas.usersPerAccount()) {
        throw IamException.quota("UsersPerAccount", quotas.usersPerAccount());
      }
      if (boundary != null) {
        Entities.attachablePolicy(a, boundary);
      }
      if (userTags.size() > quotas.tagsPerEntity()) {
        throw IamException.quota("TagsPerUser", quotas.tagsPerEntity());
      }
      UserBuilder u = new UserBuilder().name(name).path(userPath).userId(account.ids().newUserId())
          .arn(account.arn("user" + userPath + name)).createDate(account.now()).permissionsBoundary(boundary);
      u.tags().addAll(userTags);
      return a.toBuilder().putUser(u.build()).build();
    });
    return IamUser.of(Entities.user(saved, name));
  }

  IamUser getUser(String userName) {
    String name = Constraints.name(userName, "userName", 64);
    return IamUser.of(Entities.user(account.read(), name));
  }

  IamPage<IamUser> listUsers(String pathPrefix, String marker, Integer maxItems) {
    String prefix = Constraints.pathPrefix(pathPrefix);
    Pagination page = Pagination.of(marker, maxItems);
    List<IamUser> users = new ArrayList<>();
    for (User u : account.read().users()) {
      if (u.path().startsWith(prefix)) {
        users.add(IamUser.of(u));
      }
    }
    return page.page(users, u -> Pagination.nameKey(u.userName()));
  }

  void updateUser(String userName, String newUserName, String newPath) {
    String name = Constraints.name(userName, "userName", 64);
    String newName = newUserName == null ? null : Constraints.name(newUserName, "newUserName", 64);
    String path = newPath == null ? null : Constraints.path(newPath, "newPath");
    account.change(a -> {
      User user = Entities.user(a, name);
      if (newName != null && !newName.equalsIgnoreCase(user.name()) && a.user(newName).isPresent()) {
        throw IamException.entityAlreadyExists("User with name " + newName + " already exists.");
      }
      return a.toBuilder().removeUser(user.name()).putUser(renamed(user, newName, path)).build();
    });
  }

  void deleteUser(String userName) {
    String name = Constraints.name(userName, "userName", 64);
    account.change(a -> {
      User u = Entities.user(a, name);
      // The order of AWS's list of what must go before a user can be deleted.
      if (u.loginProfile() != null) {
        throw IamException.deleteConflict("Cannot delete entity, must delete login profile first.");
      }
      if (!u.accessKeys().isEmpty()) {
        throw IamException.deleteConflict("Cannot delete entity, must delete access keys first.");
      }
      if (!u.mfaDevices().isEmpty()) {
        throw IamException.deleteConflict("Cannot delete entity, must delete MFA device first.");
      }
      if (!u.inlinePolicies().isEmpty()) {
        throw IamException.deleteConflict("Cannot delete entity, must delete policies first.");
      }
      if (!u.attachedPolicies().isEmpty()) {
        throw IamException.deleteConflict("Cannot delete entity, must detach all policies first.");
      }
      if (!u.groups().isEmpty()) {
        throw IamException.deleteConflict("Cannot delete entity, must remove users from group first.");
      }
      return a.toBuilder().removeUser(u.name()).build();
    });
  }

  void tagUser(String userName, List<Tag> tags) {
    String name = Constraints.name(userName, "userName", 64);
    List<Tag> added = Constraints.tags(Constraints.required(tags, "tags"));
    int limit = account.quotas().tagsPerEntity();
    account.change(a -> {
      User u = Entities.user(a, name);
      UserBuilder b = u.toBuilder();
      List<Tag> merged = TagChanges.merge(u.tags(), added, limit, "TagsPerUser");
      b.tags().clear();
      b.tags().addAll(merged);
      return a.toBuilder().putUser(b.build()).build();
    });
  }

  void untagUser(String userName, List<String> tagKeys) {
    String name = Constraints.name(userName, "userName", 64);
    List<String> keys = Constraints.tagKeys(tagKeys);
    account.change(a -> {
      User u = Entities.user(a, name);
      UserBuilder b = u.toBuilder();
      List<Tag> kept = TagChanges.remove(u.tags(), keys);
      b.tags().clear();
      b.tags().addAll(kept);
      return a.toBuilder().putUser(b.build()).build();
    });
  }

  IamPage<Tag> listUserTags(String userName, String marker, Integer maxItems) {
    String name = Constraints.name(userName, "userName", 64);
    Pagination page = Pagination.of(marker, maxItems);
    return page.page(Entities.user(account.read(), name).tags(), t -> Pagination.nameKey(t.key()));
  }

  void putUserPermissionsBoundary(String userName, String permissionsBoundary) {
    String name = Constraints.name(userName, "userName", 64);
    String boundary = Constraints.policyArn(permissionsBoundary, "permissionsBoundary");
    account.change(a -> {
      User u = Entities.user(a, name);
      Entities.attachablePolicy(a, boundary);
      return a.toBuilder().putUser(u.toBuilder().permissionsBoundary(boundary).build()).build();
    });
  }

  void deleteUserPermissionsBoundary(String userName) {
    String name = Constraints.name(userName, "userName", 64);
    account.change(a -> {
      User u = Entities.user(a, name);
      return a.toBuilder().putUser(u.toBuilder().permissionsBoundary(null).build()).build();
    });
  }

  /** The user under a new name and/or path; credentials move with it. */
  private User renamed(User user, String newName, String newPath) {
    String name = newName == null ? user.name() : newName;
    String path = newPath == null ? user.path() : newPath;
    UserBuilder b = user.toBuilder().name(name).path(path).arn(account.arn("user" + path + name));
    b.accessKeys().replaceAll(k -> k.withUserName(name));
    b.mfaDevices().replaceAll(d -> d.assignedTo(name, d.enableDate(), d.lastUsedStep()));
    LoginProfile login = user.loginProfile();
    if (login != null) {
      b.loginProfile(new LoginProfile(name, login.passwordHash(), login.passwordResetRequired(), login.createDate()));
    }
    return b.build();
  }
}
