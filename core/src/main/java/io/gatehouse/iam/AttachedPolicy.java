package io.gatehouse.iam;

/**
 * A managed policy attached to a user, group or role (AWS's {@code AttachedPolicy} type).
 *
 * @param policyName the policy's name
 * @param policyArn the policy's ARN
 */
public record AttachedPolicy(String policyName, String policyArn) {}
