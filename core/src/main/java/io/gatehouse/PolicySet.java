package io.gatehouse;

import io.gatehouse.internal.evaluation.CompiledStatement;
import io.gatehouse.internal.evaluation.LayeredPolicies;
import io.gatehouse.internal.evaluation.PolicyLayer;
import io.gatehouse.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every policy that applies to a request, by the role it plays: identity-based policies, the
 * permissions boundary, session policies, the resource-based policy, and the organization's SCPs
 * and RCPs level by level. Immutable and thread-safe; build it once per principal and reuse it.
 *
 * <p>Each layer is indexed by action when the set is built, so that a decision only looks at the
 * statements that can apply to its action.
 */
public final class PolicySet {
  private static final PolicySet EMPTY = builder().build();

  private final List<CompiledPolicy> identity;
  private final List<CompiledPolicy> boundary;
  private final List<CompiledPolicy> session;
  private final List<CompiledPolicy> resource;
  private final List<List<CompiledPolicy>> scps;
  private final List<List<CompiledPolicy>> rcps;
  private final LayeredPolicies layers;

  private PolicySet(Builder b) {
    this.identity = List.copyOf(b.identity);
    this.boundary = b.boundary == null ? List.of() : List.of(b.boundary);
    this.session = List.copyOf(b.session);
    this.resource = List.copyOf(b.resource);
    this.scps = b.scps.stream().map(List::copyOf).toList();
    this.rcps = b.rcps.stream().map(List::copyOf).toList();
    this.layers = new LayeredPolicies(
        layer(PolicyType.IDENTITY, -1, identity),
        b.boundary == null ? null : layer(PolicyType.PERMISSIONS_BOUNDARY, -1, boundary),
        b.sessionGiven ? layer(PolicyType.SESSION, -1, session) : null,
        resource.isEmpty() ? null : layer(PolicyType.RESOURCE, -1, resource),
        levels(PolicyType.SCP, scps),
        levels(PolicyType.RCP, rcps));
  }

  private PolicySet(PolicySet base, List<CompiledPolicy> session, boolean sessionGiven,
      List<CompiledPolicy> resource, List<List<CompiledPolicy>> rcps) {
    this.identity = base.identity;
    this.boundary = base.boundary;
    this.scps = base.scps;
    this.session = session == null ? base.session : List.copyOf(session);
    this.resource = resource == null ? base.resource : List.copyOf(resource);
    this.rcps = rcps == null ? base.rcps : rcps.stream().map(List::copyOf).toList();
    LayeredPolicies l = base.layers;
    this.layers = new LayeredPolicies(
        l.identity(),
        l.boundary(),
        session == null ? l.session() : (sessionGiven ? layer(PolicyType.SESSION, -1, this.session) : null),
        resource == null ? l.resource() : (this.resource.isEmpty() ? null : layer(PolicyType.RESOURCE, -1, this.resource)),
        l.scpLevels(),
        rcps == null ? l.rcpLevels() : levels(PolicyType.RCP, this.rcps));
  }

  private static PolicyLayer layer(PolicyType type, int level, List<CompiledPolicy> policies) {
    List<CompiledStatement> statements = new ArrayList<>();
    for (CompiledPolicy p : policies) {
      for (CompiledStatement s : p.statements()) {
        // IAM refuses a statement without Resource/NotResource everywhere but in resource-based
        // policies (where the resource may be implied); should one reach another layer, it applies
        // to nothing rather than to every resource.
        if (type == PolicyType.RESOURCE || s.source().hasResourceElement()) {
          statements.add(s);
        }
      }
    }
    return new PolicyLayer(type, level, statements);
  }

  private static List<PolicyLayer> levels(PolicyType type, List<List<CompiledPolicy>> levels) {
    List<PolicyLayer> out = new ArrayList<>(levels.size());
    for (int i = 0; i < levels.size(); i++) {
      out.add(layer(type, i, levels.get(i)));
    }
    return out;
  }

  /** A set with no policies at all: everything is implicitly denied, except to an account root. */
  public static PolicySet empty() {
    return EMPTY;
  }

  /** A builder for a new set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with every policy of this set. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.identity.addAll(identity);
    b.boundary = boundary.isEmpty() ? null : boundary.get(0);
    b.session.addAll(session);
    b.sessionGiven = layers.session() != null;
    b.resource.addAll(resource);
    scps.forEach(l -> b.scps.add(new ArrayList<>(l)));
    rcps.forEach(l -> b.rcps.add(new ArrayList<>(l)));
    return b;
  }

  /**
   * The same set with another resource-based policy (or none, for null). Only the resource layer is
   * rebuilt; the other layers are shared.
   */
  public PolicySet withResourcePolicy(CompiledPolicy resourcePolicy) {
    return withResourcePolicies(resourcePolicy == null ? List.of() : List.of(resourcePolicy));
  }

  /** The same set with other resource-based policies (several bound to one resource, or none). */
  public PolicySet withResourcePolicies(List<CompiledPolicy> resourcePolicies) {
    return new PolicySet(this, null, false, resourcePolicies, null);
  }

  /**
   * The same set with session policies (the set's principal is then a session limited by them);
   * only the session layer is rebuilt.
   */
  public PolicySet withSessionPolicies(List<CompiledPolicy> sessionPolicies) {
    return new PolicySet(this, sessionPolicies, true, null, null);
  }

  /** The same set with other resource control policies, one list per organization level. */
  public PolicySet withResourceControlPolicies(List<List<CompiledPolicy>> levels) {
    return new PolicySet(this, null, false, null, levels);
  }

  /** The identity-based policies. */
  public List<CompiledPolicy> identityPolicies() {
    return identity;
  }

  /** The permissions boundary, if one is set. */
  public java.util.Optional<CompiledPolicy> permissionsBoundary() {
    return boundary.stream().findFirst();
  }

  /** The session policies. */
  public List<CompiledPolicy> sessionPolicies() {
    return session;
  }

  /** The resource-based policies (normally at most one). */
  public List<CompiledPolicy> resourcePolicies() {
    return resource;
  }

  /** The SCPs, one list per organization level, root first. */
  public List<List<CompiledPolicy>> serviceControlPolicies() {
    return scps;
  }

  /** The RCPs, one list per organization level, root first. */
  public List<List<CompiledPolicy>> resourceControlPolicies() {
    return rcps;
  }

  LayeredPolicies layers() {
    return layers;
  }

  /** Builds a {@link PolicySet}. Documents are compiled as they are added. */
  public static final class Builder {
    private final List<CompiledPolicy> identity = new ArrayList<>();
    private CompiledPolicy boundary;
    private final List<CompiledPolicy> session = new ArrayList<>();
    private boolean sessionGiven;
    private final List<CompiledPolicy> resource = new ArrayList<>();
    private final List<List<CompiledPolicy>> scps = new ArrayList<>();
    private final List<List<CompiledPolicy>> rcps = new ArrayList<>();

    private Builder() {}

    /** Adds an identity-based policy (inline or managed, of the principal, its groups or its role). */
    public Builder identityPolicy(CompiledPolicy policy) {
      identity.add(Objects.requireNonNull(policy));
      return this;
    }

    /** Adds an identity-based policy. */
    public Builder identityPolicy(PolicyDocument policy) {
      return identityPolicy(CompiledPolicy.compile(policy));
    }

    /** Sets the permissions boundary. */
    public Builder permissionsBoundary(CompiledPolicy policy) {
      boundary = Objects.requireNonNull(policy);
      return this;
    }

    /** Sets the permissions boundary. */
    public Builder permissionsBoundary(PolicyDocument policy) {
      return permissionsBoundary(CompiledPolicy.compile(policy));
    }

    /**
     * Adds a session policy. A session with session policies can do only what they and its
     * identity-based policies both allow.
     */
    public Builder sessionPolicy(CompiledPolicy policy) {
      session.add(Objects.requireNonNull(policy));
      sessionGiven = true;
      return this;
    }

    /** Adds a session policy. */
    public Builder sessionPolicy(PolicyDocument policy) {
      return sessionPolicy(CompiledPolicy.compile(policy));
    }

    /** Adds the resource-based policy of the requested resource. */
    public Builder resourcePolicy(CompiledPolicy policy) {
      resource.add(Objects.requireNonNull(policy));
      return this;
    }

    /** Adds the resource-based policy of the requested resource. */
    public Builder resourcePolicy(PolicyDocument policy) {
      return resourcePolicy(CompiledPolicy.compile(policy));
    }

    /**
     * Adds the next level of service control policies (root first, then each OU, then the
     * account); every level must allow.
     */
    public Builder serviceControlPolicyLevel(List<CompiledPolicy> level) {
      scps.add(List.copyOf(level));
      return this;
    }

    /** Adds the next level of resource control policies; every level must allow. */
    public Builder resourceControlPolicyLevel(List<CompiledPolicy> level) {
      rcps.add(List.copyOf(level));
      return this;
    }

    /** Builds and indexes the set. */
    public PolicySet build() {
      return new PolicySet(this);
    }
  }
}
