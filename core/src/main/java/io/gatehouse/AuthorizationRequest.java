package io.gatehouse;

import io.gatehouse.policy.internal.match.ResourceIndexKey;
import java.util.Locale;
import java.util.Objects;

/**
 * One authorization question: may this principal perform this action on this resource, with this
 * request context? Immutable.
 *
 * <p>The resource's account is, unless given, the account field of the resource ARN, or the
 * principal's account where the ARN has none (as for S3 bucket ARNs). A request is cross-account
 * when it differs from the principal's account.
 */
public final class AuthorizationRequest {
  private final Principal principal;
  private final String action;
  private final String lowerCaseAction;
  /** Made on first use: the index asks for it only when the exact action is not in it. */
  private String lowerCaseService;
  private final String resource;
  /** Made on first use, like {@link #lowerCaseService}. */
  private String resourceIndexKey;
  private final String resourceAccount;
  private final RequestContext context;

  private AuthorizationRequest(Builder b) {
    this.principal = Objects.requireNonNull(b.principal, "principal");
    this.action = Objects.requireNonNull(b.action, "action");
    this.resource = Objects.requireNonNull(b.resource, "resource");
    this.context = b.context;
    this.lowerCaseAction = action.toLowerCase(Locale.ROOT);
    this.resourceAccount = b.resourceAccount != null ? b.resourceAccount : accountOf(resource, principal);
  }

  private AuthorizationRequest(AuthorizationRequest same, RequestContext context) {
    this.principal = same.principal;
    this.action = same.action;
    this.resource = same.resource;
    this.context = Objects.requireNonNull(context, "context");
    this.lowerCaseAction = same.lowerCaseAction;
    this.resourceAccount = same.resourceAccount;
  }

  /** The same question (principal, action, resource and its account) with another request context. */
  public AuthorizationRequest withContext(RequestContext context) {
    return new AuthorizationRequest(this, context);
  }

  /** A builder for a request by the given principal. */
  public static Builder builder(Principal principal) {
    return new Builder(principal);
  }

  /** A request with an empty context. */
  public static AuthorizationRequest of(Principal principal, String action, String resource) {
    return builder(principal).action(action).resource(resource).build();
  }

  /** The account field of an ARN with six parts, if not empty; otherwise the principal's. */
  private static String accountOf(String resource, Principal principal) {
    if (!resource.startsWith("arn:")) {
      return principal.accountId();
    }
    int colon = 3;
    for (int i = 0; i < 3 && colon >= 0; i++) {
      colon = resource.indexOf(':', colon + 1);
    }
    int end = colon < 0 ? -1 : resource.indexOf(':', colon + 1);
    if (end < 0 || end == colon + 1) {
      return principal.accountId();
    }
    String own = principal.accountId();
    // Most requests are for the caller's own account: share its string instead of copying.
    return end - colon - 1 == own.length() && resource.startsWith(own, colon + 1)
        ? own
        : resource.substring(colon + 1, end);
  }

  /** Who is asking. */
  public Principal principal() {
    return principal;
  }

  /** The action, e.g. {@code shop:GetOrder}. */
  public String action() {
    return action;
  }

  /** The action lower-cased, for case-insensitive matching. */
  public String lowerCaseAction() {
    return lowerCaseAction;
  }

  /** The lower-cased service prefix of the action ({@code shop}), empty if it has none. */
  public String lowerCaseService() {
    // Racy but safe: every thread computes the same immutable string.
    String service = lowerCaseService;
    if (service == null) {
      int colon = lowerCaseAction.indexOf(':');
      service = colon < 0 ? "" : lowerCaseAction.substring(0, colon);
      lowerCaseService = service;
    }
    return service;
  }

  /** The resource ARN (or {@code *}). */
  public String resource() {
    return resource;
  }

  /**
   * The service and resource type of the resource ARN, such as {@code shop:order}, by which
   * compiled policies index their statements; empty if the resource is not an ARN with six parts.
   */
  public String resourceIndexKey() {
    String key = resourceIndexKey;
    if (key == null) {
      key = ResourceIndexKey.ofResource(resource);
      resourceIndexKey = key;
    }
    return key;
  }

  /** The account that owns the resource. */
  public String resourceAccount() {
    return resourceAccount;
  }

  /** True if the resource belongs to another account than the principal's. */
  public boolean isCrossAccount() {
    return !resourceAccount.isEmpty()
        && !principal.accountId().isEmpty()
        && !resourceAccount.equals(principal.accountId());
  }

  /** The request's condition keys. */
  public RequestContext context() {
    return context;
  }

  @Override
  public String toString() {
    return principal + " " + action + " " + resource + (context.isEmpty() ? "" : " " + context);
  }

  /** Builds an {@link AuthorizationRequest}. */
  public static final class Builder {
    private final Principal principal;
    private String action;
    private String resource;
    private String resourceAccount;
    private RequestContext context = RequestContext.empty();

    private Builder(Principal principal) {
      this.principal = Objects.requireNonNull(principal, "principal");
    }

    /** The action, e.g. {@code shop:GetOrder}. */
    public Builder action(String action) {
      this.action = action;
      return this;
    }

    /** The resource ARN. */
    public Builder resource(String resource) {
      this.resource = resource;
      return this;
    }

    /** The account that owns the resource, when the ARN does not say. */
    public Builder resourceAccount(String account) {
      this.resourceAccount = account;
      return this;
    }

    /** The request context. */
    public Builder context(RequestContext context) {
      this.context = Objects.requireNonNull(context, "context");
      return this;
    }

    /** Builds the request; action and resource are required. */
    public AuthorizationRequest build() {
      return new AuthorizationRequest(this);
    }
  }
}
