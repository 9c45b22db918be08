package io.gatehouse.identity.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The managed policies, groups and users an account file declares, whether or not their entries had
 * problems: references are checked against what was declared, so one bad entry does not also make
 * every reference to it "dangling".
 */
final class DeclaredNames {
  private final Set<String> policyArns = new HashSet<>();
  private final Set<String> groups = new HashSet<>();
  private final Set<String> users = new HashSet<>();

  void policy(String arn) {
    policyArns.add(arn);
  }

  void group(String name) {
    groups.add(name.toLowerCase(Locale.ROOT));
  }

  void user(String name) {
    users.add(name.toLowerCase(Locale.ROOT));
  }

  boolean hasPolicy(String arn) {
    return policyArns.contains(arn);
  }

  boolean hasGroup(String name) {
    return groups.contains(name.toLowerCase(Locale.ROOT));
  }

  boolean hasUser(String name) {
    return users.contains(name.toLowerCase(Locale.ROOT));
  }
}
