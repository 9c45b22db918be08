package io.gatehouse.iam;

/**
 * An inline policy of a user, group or role, as {@code GetUserPolicy}, {@code GetGroupPolicy} and
 * {@code GetRolePolicy} return it.
 *
 * @param entityName the name of the user, group or role that holds it ({@code UserName}, {@code
 *     GroupName} or {@code RoleName})
 * @param policyName the policy's name
 * @param policyDocument the policy as compact JSON
 */
public record IamInlinePolicy(String entityName, String policyName, String policyDocument) {}
