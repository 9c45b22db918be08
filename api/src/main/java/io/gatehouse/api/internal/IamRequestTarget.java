package io.gatehouse.api.internal;

import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Group;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an IAM call is authorized on, as AWS's service authorization reference gives it: the
 * resource ARN of the action ({@code iam:CreateUser} on {@code arn:aws:iam::ACCOUNT:user/PATH/NAME},
 * {@code iam:AddUserToGroup} on the group, {@code iam:AttachRolePolicy} on the role, {@code
 * iam:ListUsers} on {@code *}, ...), and the request's condition keys ({@code iam:PolicyARN},
 * {@code iam:PermissionsBoundary}, {@code aws:RequestTag/KEY}, {@code aws:TagKeys}).
 *
 * @param resource the resource ARN, or {@code *}
 * @param context the action's own condition keys
 */
public record IamRequestTarget(String resource, RequestContext context) {
  /** Actions on a group although they name a user too. */
  private static final Set<String> GROUP_ACTIONS = Set.of("AddUserToGroup", "RemoveUserFromGroup");
  private static final Set<String> BOUNDARY_ACTIONS =
      Set.of("CreateUser", "CreateRole", "PutUserPermissionsBoundary", "PutRolePermissionsBoundary");
  private static final Pattern TAG = Pattern.compile("Tags\\.member\\.(\\d{1,9})\\.(Key|Value)");
  private static final Pattern TAG_KEY = Pattern.compile("TagKeys\\.member\\.(\\d{1,9})");

  /**
   * The target of an IAM action.
   *
   * @param account the caller's account, as it is now (for the paths of existing entities)
   * @param callerUserName the IAM user calling, or null (for {@code ChangePassword})
   */
  public static IamRequestTarget of(String action, Map<String, String> p, Account account, String callerUserName) {
    return new IamRequestTarget(resource(action, p, account, callerUserName), context(action, p));
  }

  private static String resource(String action, Map<String, String> p, Account account, String callerUserName) {
    String prefix = "arn:aws:iam::" + account.accountId() + ":";
    String path = p.getOrDefault("Path", "/");
    switch (action) {
      case "CreateUser":
        return prefix + "user" + path + p.get("UserName");
      case "CreateGroup":
        return prefix + "group" + path + p.get("GroupName");
      case "CreateRole":
        return prefix + "role" + path + p.get("RoleName");
      case "CreatePolicy":
        return prefix + "policy" + path + p.get("PolicyName");
      case "CreateVirtualMFADevice":
        return prefix + "mfa" + path + p.get("VirtualMFADeviceName");
      case "DeleteVirtualMFADevice":
        return p.getOrDefault("SerialNumber", "*");
      case "ChangePassword":
        return callerUserName == null ? "*" : user(account, prefix, callerUserName);
      case "GetAccessKeyLastUsed":
        return Optional.ofNullable(p.get("AccessKeyId")).flatMap(account::accessKey)
            .map(k -> user(account, prefix, k.userName())).orElse("*");
      case "SimulatePrincipalPolicy":
        return p.getOrDefault("PolicySourceArn", "*");
      default:
        break;
    }
    if (GROUP_ACTIONS.contains(action) && p.get("GroupName") != null) {
      return group(account, prefix, p.get("GroupName"));
    }
    if (p.get("RoleName") != null) {
      String name = p.get("RoleName");
      return account.role(name).map(Role::arn).orElse(prefix + "role/" + name);
    }
    if (p.get("UserName") != null) {
      return user(account, prefix, p.get("UserName"));
    }
    if (p.get("GroupName") != null) {
      return group(account, prefix, p.get("GroupName"));
    }
    if (p.get("PolicyArn") != null) {
      return p.get("PolicyArn");
    }
    return "*";
  }

  private static String user(Account account, String prefix, String name) {
    return account.user(name).map(User::arn).orElse(prefix + "user/" + name);
  }

  private static String group(Account account, String prefix, String name) {
    return account.group(name).map(Group::arn).orElse(prefix + "group/" + name);
  }

  private static RequestContext context(String action, Map<String, String> p) {
    RequestContext.Builder ctx = RequestContext.builder();
    if ((action.startsWith("Attach") || action.startsWith("Detach")) && p.get("PolicyArn") != null) {
      ctx.put("iam:PolicyARN", p.get("PolicyArn"));
    }
    if (BOUNDARY_ACTIONS.contains(action) && p.get("PermissionsBoundary") != null) {
      ctx.put("iam:PermissionsBoundary", p.get("PermissionsBoundary"));
    }
    TreeMap<Integer, String[]> tags = new TreeMap<>();
    List<String> untagKeys = new ArrayList<>();
    p.forEach((name, value) -> {
      Matcher tag = TAG.matcher(name);
      if (tag.matches()) {
        String[] kv = tags.computeIfAbsent(Integer.parseInt(tag.group(1)), i -> new String[2]);
        kv[tag.group(2).equals("Key") ? 0 : 1] = value;
      } else if (TAG_KEY.matcher(name).matches()) {
        untagKeys.add(value);
      }
    });
    List<String> keys = new ArrayList<>(untagKeys);
    for (String[] kv : tags.values()) {
      if (kv[0] != null) {
        keys.add(kv[0]);
        ctx.put("aws:RequestTag/" + kv[0], kv[1] == null ? "" : kv[1]);
      }
    }
    if (!keys.isEmpty()) {
      ctx.putAll("aws:TagKeys", keys);
    }
    return ctx.build();
  }
}
