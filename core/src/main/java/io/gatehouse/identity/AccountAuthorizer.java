package io.gatehouse.identity;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Authorizer;
import io.gatehouse.CompiledPolicy;
import io.gatehouse.Decision;
import io.gatehouse.PolicySet;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.internal.CompiledAccount;
import io.gatehouse.identity.internal.PrincipalContextKeys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Decides requests of callers of known accounts: gathers every policy that applies to the caller
 * (its own and its groups' or role's, its boundary, its session policies, the organization's SCPs
 * and RCPs, the resource's policies) and the principal's condition keys, then asks the {@link
 * Authorizer}. Thread-safe; compiled policies are kept per account snapshot and dropped when the
 * snapshot changes.
 */
public final class AccountAuthorizer {
  private final Supplier<Accounts> accounts;
  private final Authorizer authorizer;
  private final ResourcePolicyProvider resourcePolicies;
  private final Clock clock;
  private final PrincipalContextKeys contextKeys;
  private final AtomicReference<Compiled> compiled = new AtomicReference<>();

  /**
   * Creates an authorizer over a source of account snapshots.
   *
   * @param accounts gives the current snapshot; called once per decision
   * @param authorizer the policy evaluator
   * @param resourcePolicies resource policies the application keeps with its resources
   * @param clock the time for {@code aws:CurrentTime} and MFA ages
   */
  public AccountAuthorizer(Supplier<Accounts> accounts, Authorizer authorizer,
      ResourcePolicyProvider resourcePolicies, Clock clock) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
    this.resourcePolicies = Objects.requireNonNull(resourcePolicies, "resourcePolicies");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.contextKeys = new PrincipalContextKeys(clock);
  }

  /** An authorizer over a fixed set of accounts, with the standard evaluator and the system clock. */
  public static AccountAuthorizer of(Accounts accounts) {
    return new AccountAuthorizer(() -> accounts, Authorizer.standard(), ResourcePolicyProvider.NONE, Clock.systemUTC());
  }

  /**
   * An authorizer over one fixed snapshot, with this one's evaluator, resource policies and clock,
   * whose policies are all compiled before this returns (those of accounts unchanged since this
   * one's snapshot are reused), so that the first decision on the new snapshot compiles nothing.
   *
   * @throws RuntimeException if a policy of {@code next} cannot be compiled
   */
  public AccountAuthorizer compiledFor(Accounts next) {
    Objects.requireNonNull(next, "next");
    AccountAuthorizer a = new AccountAuthorizer(() -> next, authorizer, resourcePolicies, clock);
    a.compiled.set(new Compiled(next, compiled.get()));
    return a;
  }

  /** The snapshot the next decision runs against. */
  public Accounts snapshot() {
    return accounts.get();
  }

  /**
   * Decides whether the caller may perform the action on the resource.
   *
   * @param context request keys from the enforcement point (source IP, mapped headers, ...); keys
   *     that describe the principal are ignored here and filled from the caller
   * @return the decision; a caller of an unknown account or a deleted identity has no policies
   */
  public Decision decide(Caller caller, String action, String resource, RequestContext context) {
    return decide(caller, action, resource, null, context, null);
  }

  /**
   * As {@link #decide(Caller, String, String, RequestContext)}, with the resource's owner (for an
   * ARN without an account field) and an extra resource-based policy given by the caller.
   *
   * @param resourceAccount the account that owns the resource, or null to take it from the ARN
   * @param resourcePolicy an extra resource-based policy, or null
   */
  public Decision decide(Caller caller, String action, String resource, String resourceAccount,
      RequestContext context, CompiledPolicy resourcePolicy) {
    Compiled c = current();
    Principal principal = caller.principal();
    CompiledAccount own = c.account(principal.accountId());
    AuthorizationRequest shape = AuthorizationRequest.builder(principal).action(action).resource(resource)
        .resourceAccount(resourceAccount).build();
    CompiledAccount owner = c.account(shape.resourceAccount());
    RequestContext full = contextKeys.build(caller, own, shape.resourceAccount(), context);
    AuthorizationRequest request = shape.withContext(full);
    PolicySet set = policiesOf(caller, own);
    List<CompiledPolicy> onResource = new ArrayList<>();
    if (owner != null) {
      onResource.addAll(owner.resourcePoliciesFor(resource));
      if (!owner.resourceControlPolicies().isEmpty()) {
        set = set.withResourceControlPolicies(owner.resourceControlPolicies());
      }
    }
    resourcePolicies.policyFor(resource).ifPresent(onResource::add);
    if (resourcePolicy != null) {
      onResource.add(resourcePolicy);
    }
    if (!onResource.isEmpty()) {
      set = set.withResourcePolicies(onResource);
    }
    return authorizer.decide(request, set);
  }

  /** The policies of the caller before resource policies: empty for unknown principals. */
  private PolicySet policiesOf(Caller caller, CompiledAccount own) {
    Principal p = caller.principal();
    if (own == null) {
      return PolicySet.empty();
    }
    switch (p.type()) {
      case ROOT:
        return own.rootPolicies();
      case USER:
        return own.userPolicies(p.name()).orElse(PolicySet.empty());
      case ASSUMED_ROLE:
        PolicySet role = own.rolePolicies(p.name()).orElse(PolicySet.empty());
        Optional<TemporarySession> session = caller.session();
        if (session.isPresent() && session.get().hasSessionPolicies()) {
          List<CompiledPolicy> sessionPolicies = new ArrayList<>();
          session.get().sessionPolicies().forEach(d -> sessionPolicies.add(CompiledPolicy.compile(d)));
          for (String arn : session.get().managedSessionPolicyArns()) {
            // A managed session policy that no longer exists grants nothing; the session stays limited.
            own.managedPolicy(arn).ifPresent(sessionPolicies::add);
          }
          return role.withSessionPolicies(sessionPolicies);
        }
        return role;
      default:
        return PolicySet.empty();
    }
  }

  private Compiled current() {
    Accounts now = accounts.get();
    Compiled c = compiled.get();
    if (c == null || c.accounts != now) {
      Compiled fresh = new Compiled(now, c);
      compiled.compareAndSet(c, fresh);
      return fresh;
    }
    return c;
  }

  /** The compiled accounts of one snapshot; accounts unchanged since the previous one are reused. */
  private static final class Compiled {
    final Accounts accounts;
    final Map<String, CompiledAccount> byId = new java.util.HashMap<>();

    Compiled(Accounts accounts, Compiled previous) {
      this.accounts = accounts;
      Map<Account, CompiledAccount> reuse = new IdentityHashMap<>();
      if (previous != null) {
        previous.byId.values().forEach(ca -> reuse.put(ca.account(), ca));
      }
      for (Account a : accounts.all()) {
        CompiledAccount ca = reuse.get(a);
        byId.put(a.accountId(), ca != null ? ca : new CompiledAccount(a));
      }
    }

    CompiledAccount account(String id) {
      return byId.get(id);
    }
  }
}
