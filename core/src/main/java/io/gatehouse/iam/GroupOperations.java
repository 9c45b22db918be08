package io.gatehouse.iam;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Group;
import io.gatehouse.identity.User;
import io.gatehouse.identity.UserBuilder;
import java.util.ArrayList;
import java.util.List;

/** IAM's group operations: create, read with members, list, membership, delete. */
final class GroupOperations {
  private final AdministeredAccount account;

  GroupOperations(AdministeredAccount account) {
    this.account = account;
  }

  IamGroup createGroup(String groupName, String path) {
    String name = Constraints.name(groupName, "groupName", 128);
    String groupPath = Constraints.path(path, "path");
    int limit = account.quotas().groupsPerAccount();
    Account saved = account.change(a -> {
      if (a.group(name).isPresent()) {
        throw IamException.entityAlreadyExists("Group with name " + name + " already exists.");
      }
      if (a.groups().size() >= limit) {
        throw IamException.quota("GroupsPerAccount", limit);
      }
      Group g = new Group(name, groupPath, account.ids().newGroupId(), account.arn("group" + groupPath + name),
          account.now(), List.of(), List.of());
      return a.toBuilder().putGroup(g).build();
    });
    return IamGroup.of(Entities.group(saved, name));
  }

  IamGroupMembers getGroup(String groupName, String marker, Integer maxItems) {
    String name = Constraints.name(groupName, "groupName", 128);
    Pagination page = Pagination.of(marker, maxItems);
    Account a = account.read();
    Group g = Entities.group(a, name);
    List<IamUser> members = new ArrayList<>();
    for (User u : a.users()) {
      if (isMember(u, g)) {
        members.add(IamUser.of(u));
      }
    }
    return new IamGroupMembers(IamGroup.of(g), page.page(members, u -> Pagination.nameKey(u.userName())));
  }

  IamPage<IamGroup> listGroups(String pathPrefix, String marker, Integer maxItems) {
    String prefix = Constraints.pathPrefix(pathPrefix);
    Pagination page = Pagination.of(marker, maxItems);
    List<IamGroup> groups = new ArrayList<>();
    for (Group g : account.read().groups()) {
      if (g.path().startsWith(prefix)) {
        groups.add(IamGroup.of(g));
      }
    }
    return page.page(groups, g -> Pagination.nameKey(g.groupName()));
  }

  IamPage<IamGroup> listGroupsForUser(String userName, String marker, Integer maxItems) {
    String name = Constraints.name(userName, "userName", 64);
    Pagination page = Pagination.of(marker, maxItems);
    Account a = account.read();
    List<IamGroup> groups = new ArrayList<>();
    for (Group g : a.groupsOf(Entities.user(a, name))) {
      groups.add(IamGroup.of(g));
    }
    return page.page(groups, g -> Pagination.nameKey(g.groupName()));
  }

  void addUserToGroup(String groupName, String userName) {
    String group = Constraints.name(groupName, "groupName", 128);
    String user = Constraints.name(userName, "userName", 64);
    int limit = account.quotas().groupsPerUser();
    account.change(a -> {
      Group g = Entities.group(a, group);
      User u = Entities.user(a, user);
      if (isMember(u, g)) {
        return a;
      }
      if (u.groups().size() >= limit) {
        throw IamException.quota("GroupsPerUser", limit);
      }
      UserBuilder b = u.toBuilder();
      b.groups().add(g.name());
      return a.toBuilder().putUser(b.build()).build();
    });
  }

  void removeUserFromGroup(String groupName, String userName) {
    String group = Constraints.name(groupName, "groupName", 128);
    String user = Constraints.name(userName, "userName", 64);
    account.change(a -> {
      Group g = Entities.group(a, group);
      User u = Entities.user(a, user);
      if (!isMember(u, g)) {
        throw IamException.noSuchEntity("The user with name " + u.name() + " is not in group " + g.name() + ".");
      }
      UserBuilder b = u.toBuilder();
      b.groups().removeIf(n -> n.equalsIgnoreCase(g.name()));
      return a.toBuilder().putUser(b.build()).build();
    });
  }

  void deleteGroup(String groupName) {
    String name = Constraints.name(groupName, "groupName", 128);
    account.change(a -> {
      Group g = Entities.group(a, name);
      if (a.users().stream().anyMatch(u -> isMember(u, g))) {
        throw IamException.deleteConflict("Cannot delete entity, must remove users from group first.");
      }
      if (!g.inlinePolicies().isEmpty()) {
        throw IamException.deleteConflict("Cannot delete entity, must delete policies first.");
      }
      if (!g.attachedPolicies().isEmpty()) {
        throw IamException.deleteConflict("Cannot delete entity, must detach all policies first.");
      }
      return a.toBuilder().removeGroup(g.name()).build();
    });
  }

  private static boolean isMember(User u, Group g) {
    return u.groups().stream().anyMatch(n -> n.equalsIgnoreCase(g.name()));
  }
}
