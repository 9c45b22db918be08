package io.gatehouse.iam;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Group;
import io.gatehouse.identity.ManagedPolicy;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.User;

/** Finds the entities a request names, or refuses it with AWS's {@code NoSuchEntity} message. */
final class Entities {
  private Entities() {}

  static User user(Account account, String name) {
    return account.user(name)
        .orElseThrow(() -> IamException.noSuchEntity("The user with name " + name + " cannot be found."));
  }

  static Group group(Account account, String name) {
    return account.group(name)
        .orElseThrow(() -> IamException.noSuchEntity("The group with name " + name + " cannot be found."));
  }

  static Role role(Account account, String name) {
    return account.role(name)
        .orElseThrow(() -> IamException.noSuchEntity("The role with name " + name + " cannot be found."));
  }

  /** A managed policy that a request reads or changes. */
  static ManagedPolicy policy(Account account, String arn) {
    return account.policy(arn)
        .orElseThrow(() -> IamException.noSuchEntity("Policy " + arn + " was not found."));
  }

  /** A managed policy that a request attaches or sets as permissions boundary. */
  static ManagedPolicy attachablePolicy(Account account, String arn) {
    return account.policy(arn)
        .orElseThrow(() -> IamException.noSuchEntity("Policy " + arn + " does not exist or is not attachable."));
  }
}
