package io.gatehouse.identity.internal;

/**
 * The kinds of IAM entity an account file lists, with the keys AWS's export gives their common
 * fields and the rules for their names and ids.
 */
enum EntityKind {
  /** {@code UserDetailList} entries. */
  USER("user", "UserName", "UserId", "AIDA", 64),
  /** {@code GroupDetailList} entries. */
  GROUP("group", "GroupName", "GroupId", "AGPA", 128),
  /** {@code RoleDetailList} entries. */
  ROLE("role", "RoleName", "RoleId", "AROA", 64),
  /** {@code Policies} entries (managed policies). */
  POLICY("policy", "PolicyName", "PolicyId", "ANPA", 128);

  private final String arnType;
  private final String nameKey;
  private final String idKey;
  private final String idPrefix;
  private final int maxNameLength;

  EntityKind(String arnType, String nameKey, String idKey, String idPrefix, int maxNameLength) {
    this.arnType = arnType;
    this.nameKey = nameKey;
    this.idKey = idKey;
    this.idPrefix = idPrefix;
    this.maxNameLength = maxNameLength;
  }

  /** The resource type in the entity's ARN, and how problems name the kind: {@code user}, ... */
  String arnType() {
    return arnType;
  }

  /** The key of the name, e.g. {@code UserName}. */
  String nameKey() {
    return nameKey;
  }

  /** The key of the unique id, e.g. {@code UserId}. */
  String idKey() {
    return idKey;
  }

  /** The first four characters of the kind's ids, e.g. {@code AIDA}. */
  String idPrefix() {
    return idPrefix;
  }

  /** The longest name AWS accepts. */
  int maxNameLength() {
    return maxNameLength;
  }
}
