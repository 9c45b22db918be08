package io.gatehouse.sts;

import io.gatehouse.identity.Tag;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of AssumeRole, named as in AWS STS.
 *
 * @param roleArn the role to assume
 * @param roleSessionName the session name, 2 to 64 of {@code [\w+=,.@-]}
 * @param durationSeconds 900 up to the role's maximum (1 hour when chaining); null for 3600
 * @param policy an inline session policy (JSON), or null
 * @param policyArns managed session policies (at most 10)
 * @param tags session tags (at most 50)
 * @param serialNumber the caller's MFA device, or null
 * @param tokenCode the MFA code, or null
 * @param externalId the external id ({@code sts:ExternalId}), or null
 * @param sourceIdentity the source identity ({@code sts:SourceIdentity}), or null
 */
public record AssumeRoleRequest(
    String roleArn,
    String roleSessionName,
    Integer durationSeconds,
    String policy,
    List<String> policyArns,
    List<Tag> tags,
    String serialNumber,
    String tokenCode,
    String externalId,
    String sourceIdentity) {

  /** Copies the lists. */
  public AssumeRoleRequest {
    Objects.requireNonNull(roleArn, "roleArn");
    Objects.requireNonNull(roleSessionName, "roleSessionName");
    policyArns = policyArns == null ? List.of() : List.copyOf(policyArns);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** A plain request: role and session name only. */
  public static AssumeRoleRequest of(String roleArn, String roleSessionName) {
    return new AssumeRoleRequest(roleArn, roleSessionName, null, null, null, null, null, null, null, null);
  }
}
