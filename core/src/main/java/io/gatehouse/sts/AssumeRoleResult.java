package io.gatehouse.sts;

/**
 * What AssumeRole (and AssumeRoleWithWebIdentity) return.
 *
 * @param credentials the temporary credentials
 * @param assumedRoleId {@code ROLEID:SESSIONNAME}
 * @param assumedRoleArn {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}
 * @param packedPolicySize the session policies' size as a percentage of the limit
 * @param sourceIdentity the source identity, or null
 * @param subjectFromWebIdentityToken for web identity: the token's {@code sub}; otherwise null
 * @param provider for web identity: the issuer; otherwise null
 * @param audience for web identity: the audience the token was issued for; otherwise null
 */
public record AssumeRoleResult(
    Credentials credentials,
    String assumedRoleId,
    String assumedRoleArn,
    int packedPolicySize,
    String sourceIdentity,
    String subjectFromWebIdentityToken,
    String provider,
    String audience) {}
