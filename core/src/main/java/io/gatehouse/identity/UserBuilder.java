package io.gatehouse.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds a changed copy of a {@link User} (or a new one). */
public final class UserBuilder {
  private String name;
  private String path = "/";
  private String userId;
  private String arn;
  private Instant createDate;
  private final List<Tag> tags = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();
  private final List<String> attachedPolicies = new ArrayList<>();
  private final List<InlinePolicy> inlinePolicies = new ArrayList<>();
  private String permissionsBoundary;
  private LoginProfile loginProfile;
  private final List<AccessKey> accessKeys = new ArrayList<>();
  private final List<MfaDevice> mfaDevices = new ArrayList<>();

  /** An empty builder. */
  public UserBuilder() {}

  UserBuilder(User u) {
    name = u.name();
    path = u.path();
    userId = u.userId();
    arn = u.arn();
    createDate = u.createDate();
    tags.addAll(u.tags());
    groups.addAll(u.groups());
    attachedPolicies.addAll(u.attachedPolicies());
    inlinePolicies.addAll(u.inlinePolicies());
    permissionsBoundary = u.permissionsBoundary();
    loginProfile = u.loginProfile();
    accessKeys.addAll(u.accessKeys());
    mfaDevices.addAll(u.mfaDevices());
  }

  /** Sets the name. */
  public UserBuilder name(String v) {
    name = v;
    return this;
  }

  /** Sets the path. */
  public UserBuilder path(String v) {
    path = v;
    return this;
  }

  /** Sets the unique id. */
  public UserBuilder userId(String v) {
    userId = v;
    return this;
  }

  /** Sets the ARN. */
  public UserBuilder arn(String v) {
    arn = v;
    return this;
  }

  /** Sets the creation time. */
  public UserBuilder createDate(Instant v) {
    createDate = v;
    return this;
  }

  /** The tags, to change in place. */
  public List<Tag> tags() {
    return tags;
  }

  /** The group names, to change in place. */
  public List<String> groups() {
    return groups;
  }

  /** The attached policy ARNs, to change in place. */
  public List<String> attachedPolicies() {
    return attachedPolicies;
  }

  /** The inline policies, to change in place. */
  public List<InlinePolicy> inlinePolicies() {
    return inlinePolicies;
  }

  /** Sets or clears (null) the permissions boundary. */
  public UserBuilder permissionsBoundary(String v) {
    permissionsBoundary = v;
    return this;
  }

  /** Sets or clears (null) the login profile. */
  public UserBuilder loginProfile(LoginProfile v) {
    loginProfile = v;
    return this;
  }

  /** The access keys, to change in place. */
  public List<AccessKey> accessKeys() {
    return accessKeys;
  }

  /** The MFA devices, to change in place. */
  public List<MfaDevice> mfaDevices() {
    return mfaDevices;
  }

  /** Builds the user. */
  public User build() {
    return new User(name, path, userId, arn, createDate, tags, groups, attachedPolicies,
        inlinePolicies, permissionsBoundary, loginProfile, accessKeys, mfaDevices);
  }
}
