package io.gatehouse.identity.internal;

import io.gatehouse.CompiledPolicy;
import io.gatehouse.PolicySet;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Group;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.ManagedPolicy;
import io.gatehouse.identity.ResourcePolicyBinding;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.User;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.internal.match.ResourcePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled form of one account snapshot: the policy set of each user and role (built on first
 * use and kept), the organization's levels, and the resource policy bindings with their patterns.
 * Thread-safe; it lives exactly as long as its snapshot.
 */
public final class CompiledAccount {
  /** How many principals' identity keys an account snapshot keeps at most. */
  static final int MAX_IDENTITY_KEYS = 10_000;

  private final Account account;
  private final Map<String, CompiledPolicy> managed = new ConcurrentHashMap<>();
  private final Map<String, PolicySet> userSets = new ConcurrentHashMap<>();
  private final Map<String, PolicySet> roleSets = new ConcurrentHashMap<>();
  private final Map<String, List<CompiledPolicy>> resourcePolicyCache = new ConcurrentHashMap<>();
  private final Map<String, RequestContext> identityKeys = new ConcurrentHashMap<>();
  private final PolicySet rootSet;
  private final List<List<CompiledPolicy>> scpLevels;
  private final List<List<CompiledPolicy>> rcpLevels;
  private final List<ResourcePattern> bindingPatterns = new ArrayList<>();
  private final List<CompiledPolicy> bindingPolicies = new ArrayList<>();

  /** Compiles the account's organization policies and resource policy bindings. */
  public CompiledAccount(Account account) {
    this.account = account;
    this.scpLevels = compileLevels(account.organization().serviceControlPolicies());
    this.rcpLevels = compileLevels(account.organization().resourceControlPolicies());
    this.rootSet = withScps(PolicySet.builder()).build();
    for (ResourcePolicyBinding b : account.resourcePolicies()) {
      bindingPatterns.add(ResourcePattern.compile(b.resource(), false));
      bindingPolicies.add(CompiledPolicy.compile(b.document()));
    }
  }

  private static List<List<CompiledPolicy>> compileLevels(List<List<PolicyDocument>> levels) {
    List<List<CompiledPolicy>> out = new ArrayList<>();
    for (List<PolicyDocument> level : levels) {
      out.add(level.stream().map(CompiledPolicy::compile).toList());
    }
    return List.copyOf(out);
  }

  /**
   * The identity keys kept for a principal of this account by {@link #keepIdentityKeys}, or null.
   *
   * @param principalArn the principal's ARN as the caller gave it
   */
  public RequestContext identityKeys(String principalArn) {
    return identityKeys.get(principalArn);
  }

  /**
   * Keeps the identity keys of a principal of this account (a user or the root; see {@link
   * PrincipalContextKeys}) for as long as this snapshot lives. At most one entry per spelling of a
   * principal ARN; past {@value #MAX_IDENTITY_KEYS} entries nothing more is kept.
   */
  public void keepIdentityKeys(String principalArn, RequestContext keys) {
    if (identityKeys.size() < MAX_IDENTITY_KEYS) {
      identityKeys.putIfAbsent(principalArn, keys);
    }
  }

  /** The snapshot this was compiled from. */
  public Account account() {
    return account;
  }

  /** The organization's SCP levels for this account's principals. */
  public List<List<CompiledPolicy>> serviceControlPolicies() {
    return scpLevels;
  }

  /** The organization's RCP levels for this account's resources. */
  public List<List<CompiledPolicy>> resourceControlPolicies() {
    return rcpLevels;
  }

  /** The policies of the account root: only the organization's SCPs limit it. */
  public PolicySet rootPolicies() {
    return rootSet;
  }

  /** A user's policies: its own and its groups', its boundary, and the SCPs; empty if unknown. */
  public Optional<PolicySet> userPolicies(String userName) {
    // A set is kept only for a user of this snapshot, under the lower-case name: a name spelt that
    // way finds it without another lookup.
    PolicySet kept = userSets.get(userName);
    if (kept != null) {
      return Optional.of(kept);
    }
    return account.user(userName).map(u -> userSets.computeIfAbsent(key(userName), k -> compile(u)));
  }

  /** A role's policies (for its sessions): its own, its boundary, the SCPs; empty if unknown. */
  public Optional<PolicySet> rolePolicies(String roleName) {
    PolicySet kept = roleSets.get(roleName);
    if (kept != null) {
      return Optional.of(kept);
    }
    return account.role(roleName).map(r -> roleSets.computeIfAbsent(key(roleName), k -> compile(r)));
  }

  /** A managed policy's default version, compiled; empty if the account has no such policy. */
  public Optional<CompiledPolicy> managedPolicy(String arn) {
    return account.policy(arn).map(p -> managed.computeIfAbsent(arn, a -> compileManaged(p)));
  }

  /** The resource policies bound to resources matching this ARN, in file order. */
  public List<CompiledPolicy> resourcePoliciesFor(String resourceArn) {
    if (bindingPatterns.isEmpty()) {
      return List.of();
    }
    StringBuilder key = new StringBuilder();
    List<CompiledPolicy> matched = new ArrayList<>(2);
    for (int i = 0; i < bindingPatterns.size(); i++) {
      if (bindingPatterns.get(i).matches(resourceArn, null)) {
        matched.add(bindingPolicies.get(i));
        key.append(i).append(',');
      }
    }
    // Equal combinations share one list, so callers can cache what they build from it.
    return resourcePolicyCache.computeIfAbsent(key.toString(), k -> List.copyOf(matched));
  }

  private PolicySet compile(User user) {
    PolicySet.Builder b = PolicySet.builder();
    user.inlinePolicies().forEach(p -> b.identityPolicy(inline(p)));
    user.attachedPolicies().forEach(arn -> managedPolicy(arn).ifPresent(b::identityPolicy));
    for (Group g : account.groupsOf(user)) {
      g.inlinePolicies().forEach(p -> b.identityPolicy(inline(p)));
      g.attachedPolicies().forEach(arn -> managedPolicy(arn).ifPresent(b::identityPolicy));
    }
    user.boundary().flatMap(this::managedPolicy).ifPresent(b::permissionsBoundary);
    return withScps(b).build();
  }

  private PolicySet compile(Role role) {
    PolicySet.Builder b = PolicySet.builder();
    role.inlinePolicies().forEach(p -> b.identityPolicy(inline(p)));
    role.attachedPolicies().forEach(arn -> managedPolicy(arn).ifPresent(b::identityPolicy));
    role.boundary().flatMap(this::managedPolicy).ifPresent(b::permissionsBoundary);
    return withScps(b).build();
  }

  private PolicySet.Builder withScps(PolicySet.Builder b) {
    scpLevels.forEach(b::serviceControlPolicyLevel);
    return b;
  }

  private static CompiledPolicy inline(InlinePolicy p) {
    return CompiledPolicy.compile(p.document());
  }

  private static CompiledPolicy compileManaged(ManagedPolicy p) {
    return CompiledPolicy.compile(p.defaultVersion().document());
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
