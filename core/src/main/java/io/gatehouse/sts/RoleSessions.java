package io.gatehouse.sts;

import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.Role;
import io.gatehouse.policy.PolicyParser;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * "Revoke active sessions" of a role, as AWS does it: an inline policy {@code
 * AWSRevokeOlderSessions} that denies everything to sessions whose {@code aws:TokenIssueTime} is
 * before the moment of revocation. Sessions issued afterwards are unaffected.
 */
public final class RoleSessions {
  /** The name AWS gives the revoking inline policy. */
  public static final String REVOKE_POLICY_NAME = "AWSRevokeOlderSessions";

  private RoleSessions() {}

  /** The role with its sessions issued before {@code revokedAt} denied. */
  public static Role revokeOlderThan(Role role, Instant revokedAt) {
    String time = DateTimeFormatter.ISO_INSTANT.format(revokedAt.truncatedTo(ChronoUnit.SECONDS));
    String json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[\"*\"],"
        + "\"Resource\":[\"*\"],\"Condition\":{\"DateLessThan\":{\"aws:TokenIssueTime\":\"" + time + "\"}}}]}";
    List<InlinePolicy> inline = new ArrayList<>();
    for (InlinePolicy p : role.inlinePolicies()) {
      if (!p.name().equals(REVOKE_POLICY_NAME)) {
        inline.add(p);
      }
    }
    inline.add(new InlinePolicy(REVOKE_POLICY_NAME,
        new PolicyParser().parse(json, REVOKE_POLICY_NAME + ".json").withName(REVOKE_POLICY_NAME)));
    return role.withPolicies(role.attachedPolicies(), inline);
  }
}
