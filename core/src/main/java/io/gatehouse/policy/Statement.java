package io.gatehouse.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a policy document, as written. Immutable.
 *
 * <p>Exactly one of {@code Action}/{@code NotAction} is present ({@link #notAction()} tells which
 * one {@link #actions()} holds); likewise for resources, which may also be absent altogether (trust
 * policies have none), and for principals.
 */
public final class Statement {
  private final int index;
  private final String sid;
  private final Effect effect;
  private final PrincipalElement principal;
  private final boolean notPrincipal;
  private final List<String> actions;
  private final boolean notAction;
  private final List<String> resources;
  private final boolean notResource;
  private final boolean hasResourceElement;
  private final List<ConditionClause> conditions;
  private final SourceLocation location;

  private Statement(Builder b) {
    this.index = b.index;
    this.sid = b.sid;
    this.effect = Objects.requireNonNull(b.effect, "effect");
    this.principal = b.principal;
    this.notPrincipal = b.notPrincipal;
    this.actions = List.copyOf(b.actions);
    this.notAction = b.notAction;
    this.resources = List.copyOf(b.resources);
    this.notResource = b.notResource;
    this.hasResourceElement = b.hasResourceElement;
    this.conditions = List.copyOf(b.conditions);
    this.location = b.location;
  }

  /** A builder for statements made in code rather than read from a document. */
  public static Builder builder(Effect effect) {
    return new Builder(effect);
  }

  /** 0-based position of the statement in its policy. */
  public int index() {
    return index;
  }

  /** The {@code Sid}, if the statement has one. */
  public Optional<String> sid() {
    return Optional.ofNullable(sid);
  }

  /** {@code Sid} if present, otherwise {@code Statement[index]}: how reasons name this statement. */
  public String label() {
    return sid != null && !sid.isEmpty() ? sid : "Statement[" + index + "]";
  }

  /** Allow or Deny. */
  public Effect effect() {
    return effect;
  }

  /** The {@code Principal} or {@code NotPrincipal} element, absent in identity-based policies. */
  public Optional<PrincipalElement> principal() {
    return Optional.ofNullable(principal);
  }

  /** True if {@link #principal()} came from {@code NotPrincipal}. */
  public boolean notPrincipal() {
    return notPrincipal;
  }

  /** The patterns of {@code Action}, or of {@code NotAction} when {@link #notAction()}. */
  public List<String> actions() {
    return actions;
  }

  /** True if {@link #actions()} came from {@code NotAction}. */
  public boolean notAction() {
    return notAction;
  }

  /** The patterns of {@code Resource}, or of {@code NotResource} when {@link #notResource()}. */
  public List<String> resources() {
    return resources;
  }

  /** True if {@link #resources()} came from {@code NotResource}. */
  public boolean notResource() {
    return notResource;
  }

  /** True if the statement has a {@code Resource} or {@code NotResource} element at all. */
  public boolean hasResourceElement() {
    return hasResourceElement;
  }

  /** The clauses of the {@code Condition} block, in document order; all must hold. */
  public List<ConditionClause> conditions() {
    return conditions;
  }

  /** Where the statement was read from. */
  public SourceLocation location() {
    return location;
  }

  @Override
  public String toString() {
    return label() + " (" + effect + ")";
  }

  /** Builds a {@link Statement}. */
  public static final class Builder {
    private int index;
    private String sid;
    private final Effect effect;
    private PrincipalElement principal;
    private boolean notPrincipal;
    private List<String> actions = List.of();
    private boolean notAction;
    private List<String> resources = List.of();
    private boolean notResource;
    private boolean hasResourceElement;
    private List<ConditionClause> conditions = List.of();
    private SourceLocation location = SourceLocation.unknown("<code>");

    private Builder(Effect effect) {
      this.effect = Objects.requireNonNull(effect, "effect");
    }

    /** Position in the policy (0-based). */
    public Builder index(int index) {
      this.index = index;
      return this;
    }

    /** The statement id. */
    public Builder sid(String sid) {
      this.sid = sid;
      return this;
    }

    /** Sets {@code Principal}. */
    public Builder principal(PrincipalElement principal) {
      this.principal = principal;
      this.notPrincipal = false;
      return this;
    }

    /** Sets {@code NotPrincipal}. */
    public Builder notPrincipal(PrincipalElement principal) {
      this.principal = principal;
      this.notPrincipal = true;
      return this;
    }

    /** Sets {@code Action}. */
    public Builder actions(List<String> actions) {
      this.actions = actions;
      this.notAction = false;
      return this;
    }

    /** Sets {@code NotAction}. */
    public Builder notActions(List<String> actions) {
      this.actions = actions;
      this.notAction = true;
      return this;
    }

    /** Sets {@code Resource}. */
    public Builder resources(List<String> resources) {
      this.resources = resources;
      this.notResource = false;
      this.hasResourceElement = true;
      return this;
    }

    /** Sets {@code NotResource}. */
    public Builder notResources(List<String> resources) {
      this.resources = resources;
      this.notResource = true;
      this.hasResourceElement = true;
      return this;
    }

    /** Sets the condition clauses. */
    public Builder conditions(List<ConditionClause> conditions) {
      this.conditions = conditions;
      return this;
    }

    /** Sets where the statement was read from. */
    public Builder location(SourceLocation location) {
      this.location = Objects.requireNonNull(location, "location");
      return this;
    }

    /** Builds the statement. */
    public Statement build() {
      return new Statement(this);
    }
  }
}
