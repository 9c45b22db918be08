package io.gatehouse.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One AWS-style account as Gatehouse holds it: its id and alias, managed policies, users, groups,
 * roles, virtual MFA devices not assigned to a user, identity providers, resource policies,
 * organization policies and session signing keys.
 * An immutable snapshot; a change makes a new snapshot with a higher {@link #version()}.
 *
 * <p>{@link Builder#build()} checks that every reference resolves: group memberships, attached
 * policies and boundaries name existing entities, names are unique (case-insensitively, as AWS),
 * users have at most two access keys, an MFA serial number belongs to one device only, and the
 * unassigned virtual MFA devices have no user.
 */
public final class Account {
  private final String accountId;
  private final String alias;
  private final long version;
  private final Map<String, ManagedPolicy> policies; // by ARN
  private final Map<String, User> users; // by lower-case name
  private final Map<String, Group> groups;
  private final Map<String, Role> roles;
  private final Map<String, AccessKey> accessKeys; // by key id
  private final Map<String, MfaDevice> virtualMfaDevices; // unassigned, by serial number
  private final List<MfaDevice> virtualMfaDeviceList;
  private final List<OidcProviderConfig> oidcProviders;
  private final List<ResourcePolicyBinding> resourcePolicies;
  private final OrganizationPolicies organization;
  private final List<SigningKey> signingKeys;

  private Account(Builder b) {
    this.accountId = b.accountId;
    this.alias = b.alias;
    this.version = b.version;
    this.policies = Collections.unmodifiableMap(new LinkedHashMap<>(b.policies));
    this.users = Collections.unmodifiableMap(new LinkedHashMap<>(b.users));
    this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(b.groups));
    this.roles = Collections.unmodifiableMap(new LinkedHashMap<>(b.roles));
    this.virtualMfaDevices = Collections.unmodifiableMap(new LinkedHashMap<>(b.virtualMfaDevices));
    this.virtualMfaDeviceList = List.copyOf(virtualMfaDevices.values());
    this.oidcProviders = List.copyOf(b.oidcProviders);
    this.resourcePolicies = List.copyOf(b.resourcePolicies);
    this.organization = b.organization;
    this.signingKeys = List.copyOf(b.signingKeys);
    Map<String, AccessKey> keys = new LinkedHashMap<>();
    for (User u : users.values()) {
      for (AccessKey k : u.accessKeys()) {
        keys.put(k.accessKeyId(), k);
      }
    }
    this.accessKeys = Collections.unmodifiableMap(keys);
  }

  /** A builder for a new, empty account. */
  public static Builder builder(String accountId) {
    return new Builder(accountId);
  }

  /** A builder starting from this snapshot; its version is this one's plus one. */
  public Builder toBuilder() {
    Builder b = new Builder(accountId);
    b.alias = alias;
    b.version = version + 1;
    b.policies.putAll(policies);
    b.users.putAll(users);
    b.groups.putAll(groups);
    b.roles.putAll(roles);
    b.virtualMfaDevices.putAll(virtualMfaDevices);
    b.oidcProviders.addAll(oidcProviders);
    b.resourcePolicies.addAll(resourcePolicies);
    b.organization = organization;
    b.signingKeys.addAll(signingKeys);
    return b;
  }

  /** The 12-digit account id. */
  public String accountId() {
    return accountId;
  }

  /** The account alias, may be empty. */
  public String alias() {
    return alias;
  }

  /** The snapshot's version: every change increments it. */
  public long version() {
    return version;
  }

  /** {@code arn:aws:iam::ACCOUNT:root}. */
  public String rootArn() {
    return "arn:aws:iam::" + accountId + ":root";
  }

  /** Managed policies by ARN, in file order. */
  public Map<String, ManagedPolicy> policies() {
    return policies;
  }

  /** A managed policy by ARN. */
  public Optional<ManagedPolicy> policy(String arn) {
    return Optional.ofNullable(policies.get(arn));
  }

  /** Every user, in file order. */
  public Collection<User> users() {
    return users.values();
  }

  /** A user by name (case-insensitive, as AWS). */
  public Optional<User> user(String name) {
    return Optional.ofNullable(users.get(key(name)));
  }

  /** Every group. */
  public Collection<Group> groups() {
    return groups.values();
  }

  /** A group by name. */
  public Optional<Group> group(String name) {
    return Optional.ofNullable(groups.get(key(name)));
  }

  /** Every role. */
  public Collection<Role> roles() {
    return roles.values();
  }

  /** A role by name. */
  public Optional<Role> role(String name) {
    return Optional.ofNullable(roles.get(key(name)));
  }

  /** The access key with this id, with its user, if it belongs to this account. */
  public Optional<AccessKey> accessKey(String accessKeyId) {
    return Optional.ofNullable(accessKeys.get(accessKeyId));
  }

  /**
   * The virtual MFA devices that exist but are not enabled for any user (their {@link
   * MfaDevice#userName()} is null), in creation order. A device enabled for a user is in that user's
   * {@link User#mfaDevices()} instead.
   */
  public List<MfaDevice> virtualMfaDevices() {
    return virtualMfaDeviceList;
  }

  /** An unassigned virtual MFA device by serial number. */
  public Optional<MfaDevice> virtualMfaDevice(String serialNumber) {
    return Optional.ofNullable(virtualMfaDevices.get(serialNumber));
  }

  /** The trusted OpenID Connect providers. */
  public List<OidcProviderConfig> oidcProviders() {
    return oidcProviders;
  }

  /** Resource-based policies bound to resource ARN patterns. */
  public List<ResourcePolicyBinding> resourcePolicies() {
    return resourcePolicies;
  }

  /** The organization policies that apply to this account. */
  public OrganizationPolicies organization() {
    return organization;
  }

  /** The keys that sign session tokens; the first signs new tokens, all verify. */
  public List<SigningKey> signingKeys() {
    return signingKeys;
  }

  /** The groups a user belongs to, in membership order. */
  public List<Group> groupsOf(User user) {
    List<Group> out = new ArrayList<>();
    for (String g : user.groups()) {
      group(g).ifPresent(out::add);
    }
    return out;
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "Account[" + accountId + (alias.isEmpty() ? "" : " (" + alias + ")") + ", version " + version
        + ", " + users.size() + " users, " + groups.size() + " groups, " + roles.size() + " roles, "
        + policies.size() + " policies]";
  }

  /** Builds an {@link Account}; {@link #build()} checks every reference. */
  public static final class Builder {
    private final String accountId;
    private String alias = "";
    private long version = 1;
    private final Map<String, ManagedPolicy> policies = new LinkedHashMap<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Map<String, MfaDevice> virtualMfaDevices = new LinkedHashMap<>();
    private final List<OidcProviderConfig> oidcProviders = new ArrayList<>();
    private final List<ResourcePolicyBinding> resourcePolicies = new ArrayList<>();
    private OrganizationPolicies organization = OrganizationPolicies.none();
    private final List<SigningKey> signingKeys = new ArrayList<>();

    private Builder(String accountId) {
      if (accountId == null || !accountId.matches("\\d{12}")) {
        throw new IllegalArgumentException("account id must be 12 digits, found " + accountId);
      }
      this.accountId = accountId;
    }

    /** The account id. */
    public String accountId() {
      return accountId;
    }

    /** Sets the alias. */
    public Builder alias(String v) {
      alias = v == null ? "" : v;
      return this;
    }

    /** Sets the version. */
    public Builder version(long v) {
      version = v;
      return this;
    }

    /** Adds or replaces a managed policy (by ARN). */
    public Builder putPolicy(ManagedPolicy p) {
      policies.put(p.arn(), p);
      return this;
    }

    /** Removes a managed policy. */
    public Builder removePolicy(String arn) {
      policies.remove(arn);
      return this;
    }

    /** Adds or replaces a user (by name). */
    public Builder putUser(User u) {
      users.put(key(u.name()), u);
      return this;
    }

    /** Removes a user. */
    public Builder removeUser(String name) {
      users.remove(key(name));
      return this;
    }

    /** Adds or replaces a group. */
    public Builder putGroup(Group g) {
      groups.put(key(g.name()), g);
      return this;
    }

    /** Removes a group. */
    public Builder removeGroup(String name) {
      groups.remove(key(name));
      return this;
    }

    /** Adds or replaces a role. */
    public Builder putRole(Role r) {
      roles.put(key(r.name()), r);
      return this;
    }

    /** Removes a role. */
    public Builder removeRole(String name) {
      roles.remove(key(name));
      return this;
    }

    /**
     * Adds or replaces (by serial number) a virtual MFA device that is not assigned to any user.
     * {@link #build()} refuses a device with a user.
     */
    public Builder putVirtualMfaDevice(MfaDevice device) {
      virtualMfaDevices.put(device.serialNumber(), device);
      return this;
    }

    /** Removes an unassigned virtual MFA device. */
    public Builder removeVirtualMfaDevice(String serialNumber) {
      virtualMfaDevices.remove(serialNumber);
      return this;
    }

    /** Adds an OIDC provider. */
    public Builder addOidcProvider(OidcProviderConfig p) {
      oidcProviders.add(p);
      return this;
    }

    /** Adds a resource policy binding. */
    public Builder addResourcePolicy(ResourcePolicyBinding b) {
      resourcePolicies.add(b);
      return this;
    }

    /** Sets the organization policies. */
    public Builder organization(OrganizationPolicies o) {
      organization = Objects.requireNonNull(o);
      return this;
    }

    /** Adds a session signing key. */
    public Builder addSigningKey(SigningKey k) {
      signingKeys.add(k);
      return this;
    }

    /** The users so far. */
    public Collection<User> users() {
      return users.values();
    }

    /**
     * Builds the snapshot.
     *
     * @throws IllegalArgumentException naming the first dangling reference or broken rule
     */
    public Account build() {
      for (User u : users.values()) {
        for (String g : u.groups()) {
          if (!groups.containsKey(key(g))) {
            throw new IllegalArgumentException("user " + u.name() + " is in group " + g + ", which does not exist");
          }
        }
        checkPolicies("user " + u.name(), u.attachedPolicies(), u.permissionsBoundary());
        if (u.accessKeys().size() > 2) {
          throw new IllegalArgumentException("user " + u.name() + " has more than two access keys");
        }
      }
      for (Group g : groups.values()) {
        checkPolicies("group " + g.name(), g.attachedPolicies(), null);
      }
      for (Role r : roles.values()) {
        checkPolicies("role " + r.name(), r.attachedPolicies(), r.permissionsBoundary());
      }
      Map<String, String> keyOwners = new LinkedHashMap<>();
      for (User u : users.values()) {
        for (AccessKey k : u.accessKeys()) {
          String other = keyOwners.put(k.accessKeyId(), u.name());
          if (other != null) {
            throw new IllegalArgumentException("access key " + k.accessKeyId() + " belongs to both "
                + other + " and " + u.name());
          }
        }
      }
      checkMfaDevices();
      return new Account(this);
    }

    private void checkMfaDevices() {
      for (MfaDevice d : virtualMfaDevices.values()) {
        if (d.isAssigned()) {
          throw new IllegalArgumentException("unassigned virtual MFA device " + d.serialNumber()
              + " names user " + d.userName());
        }
      }
      Map<String, String> deviceOwners = new LinkedHashMap<>();
      for (User u : users.values()) {
        for (MfaDevice d : u.mfaDevices()) {
          if (virtualMfaDevices.containsKey(d.serialNumber())) {
            throw new IllegalArgumentException("MFA device " + d.serialNumber()
                + " is both unassigned and enabled for user " + u.name());
          }
          String other = deviceOwners.put(d.serialNumber(), u.name());
          if (other != null) {
            throw new IllegalArgumentException("MFA device " + d.serialNumber() + " belongs to both "
                + other + " and " + u.name());
          }
        }
      }
    }

    private void checkPolicies(String owner, List<String> attached, String boundary) {
      for (String arn : attached) {
        if (!policies.containsKey(arn)) {
          throw new IllegalArgumentException(owner + " has attached policy " + arn + ", which does not exist");
        }
      }
      if (boundary != null && !policies.containsKey(boundary)) {
        throw new IllegalArgumentException(owner + " has permissions boundary " + boundary + ", which does not exist");
      }
    }
  }
}
