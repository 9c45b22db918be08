package io.gatehouse.policy.internal.variables;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lower-cases condition context key names, giving the AWS global condition keys one shared string
 * each. A request's context and the compiled policies then hold the very same string for such a
 * key, and a context lookup succeeds on the identity check without comparing characters; a key
 * spelled as AWS documents it (such as {@code aws:SourceIp}) is also lower-cased without a new
 * string. Other keys are lower-cased as usual. Immutable tables only; thread-safe.
 */
public final class ContextKeyNames {
  /** The global condition context keys AWS documents, as it spells them. */
  private static final List<String> GLOBAL_KEYS = List.of(
      "aws:CalledVia", "aws:CalledViaFirst", "aws:CalledViaLast", "aws:CurrentTime",
      "aws:EpochTime", "aws:FederatedProvider", "aws:MultiFactorAuthAge",
      "aws:MultiFactorAuthPresent", "aws:PrincipalAccount", "aws:PrincipalArn",
      "aws:PrincipalIsAWSService", "aws:PrincipalOrgID", "aws:PrincipalOrgPaths",
      "aws:PrincipalServiceName", "aws:PrincipalServiceNamesList", "aws:PrincipalType",
      "aws:referer", "aws:RequestedRegion", "aws:ResourceAccount", "aws:ResourceOrgID",
      "aws:ResourceOrgPaths", "aws:SecureTransport", "aws:SourceAccount", "aws:SourceArn",
      "aws:SourceIdentity", "aws:SourceIp", "aws:SourceOrgID", "aws:SourceOrgPaths",
      "aws:SourceVpc", "aws:SourceVpce", "aws:SourceVpcArn", "aws:TagKeys", "aws:TokenIssueTime",
      "aws:UserAgent", "aws:userid", "aws:username", "aws:ViaAWSService", "aws:VpcSourceIp",
      "aws:Ec2InstanceSourceVpc", "aws:Ec2InstanceSourcePrivateIPv4", "aws:VpceAccount",
      "aws:VpceOrgID", "aws:VpceOrgPaths", "aws:AssumedRoot");

  /** Documented spelling to shared lower-cased name. Plain HashMaps: never changed after this. */
  private static final Map<String, String> BY_SPELLING = new HashMap<>();

  /** Lower-cased name to the same shared string. */
  private static final Map<String, String> BY_LOWER_CASE = new HashMap<>();

  static {
    for (String key : GLOBAL_KEYS) {
      String lower = key.toLowerCase(Locale.ROOT);
      BY_SPELLING.put(key, lower);
      BY_LOWER_CASE.put(lower, lower);
    }
  }

  private ContextKeyNames() {}

  /**
   * The key lower-cased with {@link Locale#ROOT}; for a global key, the one shared string.
   *
   * @throws NullPointerException if the key is null
   */
  public static String lowerCase(String key) {
    String shared = BY_SPELLING.get(key);
    if (shared != null) {
      return shared;
    }
    String lower = key.toLowerCase(Locale.ROOT);
    return BY_LOWER_CASE.getOrDefault(lower, lower);
  }
}
