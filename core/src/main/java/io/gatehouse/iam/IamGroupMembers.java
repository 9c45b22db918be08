package io.gatehouse.iam;

/**
 * The answer to {@code GetGroup}: the group and one page of its users.
 *
 * @param group the group
 * @param users the members, ordered by name
 */
public record IamGroupMembers(IamGroup group, IamPage<IamUser> users) {}
