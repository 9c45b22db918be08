package io.gatehouse.api.internal;

import io.gatehouse.Principal;
import io.gatehouse.PrincipalType;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.Tag;
import io.gatehouse.identity.TemporarySession;
import io.gatehouse.identity.User;
import io.gatehouse.sts.AssumeRoleRequest;
import io.gatehouse.sts.AssumeRoleResult;
import io.gatehouse.sts.Credentials;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.sts.StsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * STS's Query actions over a {@link SecurityTokenService}: {@code GetCallerIdentity}, {@code
 * AssumeRole}, {@code GetSessionToken} and {@code AssumeRoleWithWebIdentity}, with AWS's parameter
 * names and results shaped as AWS's response elements (see botocore's {@code sts} model).
 */
public final class StsQueryActions {
  /** The actions offered. */
  public static final Set<String> ACTIONS =
      Set.of("GetCallerIdentity", "AssumeRole", "GetSessionToken", "AssumeRoleWithWebIdentity");
  /** The one action AWS accepts unsigned. */
  public static final String UNSIGNED_ACTION = "AssumeRoleWithWebIdentity";

  private final SecurityTokenService sts;
  private final Supplier<Accounts> accounts;

  /** Runs STS actions on the service; {@code accounts} gives the current snapshot. */
  public StsQueryActions(SecurityTokenService sts, Supplier<Accounts> accounts) {
    this.sts = sts;
    this.accounts = accounts;
  }

  /**
   * Runs an action.
   *
   * @throws StsException with AWS STS's code, e.g. {@code AccessDenied}, {@code ValidationError}
   */
  public Map<String, Object> invoke(String action, Caller caller, Map<String, String> p) {
    return switch (action) {
      case "GetCallerIdentity" -> callerIdentity(caller);
      case "AssumeRole" -> assumeRole(caller, p);
      case "GetSessionToken" -> result("Credentials", credentials(
          sts.getSessionToken(caller, integer(p, "DurationSeconds"), p.get("SerialNumber"), p.get("TokenCode"))));
      case "AssumeRoleWithWebIdentity" -> webIdentity(p);
      default -> throw new StsException("InvalidAction", 400,
          "Could not find operation " + action + " for version 2011-06-15");
    };
  }

  private Map<String, Object> callerIdentity(Caller caller) {
    Principal p = caller.principal();
    if (p.type() == PrincipalType.ANONYMOUS) {
      throw new StsException("MissingAuthenticationToken", 403, "Request is missing Authentication Token");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("UserId", userId(caller));
    out.put("Account", p.accountId());
    out.put("Arn", p.arn());
    return out;
  }

  /** AWS's {@code aws:userid}: the user's id, {@code ROLEID:SESSION}, or the account id for the root. */
  private String userId(Caller caller) {
    Principal p = caller.principal();
    if (p.type() == PrincipalType.ASSUMED_ROLE) {
      String roleId = caller.session().map(TemporarySession::roleId).orElse(p.name());
      String arn = p.arn();
      return roleId + ":" + arn.substring(arn.lastIndexOf('/') + 1);
    }
    if (p.type() == PrincipalType.USER) {
      return accounts.get().account(p.accountId()).flatMap(a -> a.user(p.name())).map(User::userId)
          .orElse(p.name());
    }
    return p.accountId();
  }

  private Map<String, Object> assumeRole(Caller caller, Map<String, String> p) {
    AssumeRoleRequest request = new AssumeRoleRequest(required(p, "RoleArn"), required(p, "RoleSessionName"),
        integer(p, "DurationSeconds"), p.get("Policy"), policyArns(p), tags(p), p.get("SerialNumber"),
        p.get("TokenCode"), p.get("ExternalId"), p.get("SourceIdentity"));
    return assumed(sts.assumeRole(caller, request), false);
  }

  private Map<String, Object> webIdentity(Map<String, String> p) {
    AssumeRoleResult r = sts.assumeRoleWithWebIdentity(required(p, "RoleArn"), required(p, "RoleSessionName"),
        required(p, "WebIdentityToken"), integer(p, "DurationSeconds"), p.get("Policy"), policyArns(p));
    return assumed(r, true);
  }

  private static Map<String, Object> assumed(AssumeRoleResult r, boolean webIdentity) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Credentials", credentials(r.credentials()));
    if (webIdentity && r.subjectFromWebIdentityToken() != null) {
      out.put("SubjectFromWebIdentityToken", r.subjectFromWebIdentityToken());
    }
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("AssumedRoleId", r.assumedRoleId());
    user.put("Arn", r.assumedRoleArn());
    out.put("AssumedRoleUser", user);
    if (r.packedPolicySize() > 0) {
      out.put("PackedPolicySize", r.packedPolicySize());
    }
    if (webIdentity) {
      putIfSet(out, "Provider", r.provider());
      putIfSet(out, "Audience", r.audience());
    }
    putIfSet(out, "SourceIdentity", r.sourceIdentity());
    return out;
  }

  private static Map<String, Object> credentials(Credentials c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("AccessKeyId", c.accessKeyId());
    out.put("SecretAccessKey", c.secretAccessKey());
    out.put("SessionToken", c.sessionToken());
    out.put("Expiration", c.expiration());
    return out;
  }

  private static Map<String, Object> result(String name, Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(name, value);
    return out;
  }

  private static void putIfSet(Map<String, Object> out, String name, Object value) {
    if (value != null) {
      out.put(name, value);
    }
  }

  private static String required(Map<String, String> p, String name) {
    String value = p.get(name);
    if (value == null) {
      throw StsException.validation("1 validation error detected: Value null at '"
          + Character.toLowerCase(name.charAt(0)) + name.substring(1)
          + "' failed to satisfy constraint: Member must not be null");
    }
    return value;
  }

  private static Integer integer(Map<String, String> p, String name) {
    String value = p.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw StsException.validation("1 validation error detected: Value '" + value + "' at '"
          + Character.toLowerCase(name.charAt(0)) + name.substring(1) + "' failed to satisfy constraint: "
          + "Member must be a number");
    }
  }

  /** {@code PolicyArns.member.N.arn}, in index order. */
  private static List<String> policyArns(Map<String, String> p) {
    return new ArrayList<>(indexed(p, Pattern.compile("PolicyArns\\.member\\.(\\d{1,9})\\.arn")).values());
  }

  /** {@code Tags.member.N.Key} / {@code .Value}. */
  private static List<Tag> tags(Map<String, String> p) {
    TreeMap<Integer, String> keys = indexed(p, Pattern.compile("Tags\\.member\\.(\\d{1,9})\\.Key"));
    TreeMap<Integer, String> values = indexed(p, Pattern.compile("Tags\\.member\\.(\\d{1,9})\\.Value"));
    List<Tag> out = new ArrayList<>();
    keys.forEach((i, key) -> out.add(new Tag(key, values.getOrDefault(i, ""))));
    return out;
  }

  private static TreeMap<Integer, String> indexed(Map<String, String> p, Pattern shape) {
    TreeMap<Integer, String> out = new TreeMap<>();
    p.forEach((name, value) -> {
      Matcher m = shape.matcher(name);
      if (m.matches()) {
        out.put(Integer.parseInt(m.group(1)), value);
      }
    });
    return out;
  }
}
