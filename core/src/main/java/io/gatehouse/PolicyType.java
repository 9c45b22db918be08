package io.gatehouse;

/** The kinds of policy that take part in a decision, as AWS's evaluation logic names them. */
public enum PolicyType {
  /** Policies attached to the principal (inline or managed), or to its groups or role. */
  IDENTITY("identity-based policy", "an identity-based policy"),
  /** The policy attached to the resource, naming principals. */
  RESOURCE("resource-based policy", "a resource-based policy"),
  /** The permissions boundary set on the user or role: a limit, never a grant. */
  PERMISSIONS_BOUNDARY("permissions boundary", "a permissions boundary"),
  /** Policies passed when a session was created: a limit on the session. */
  SESSION("session policy", "a session policy"),
  /** Service control policies of the principal's organization: a limit at each level. */
  SCP("service control policy", "a service control policy"),
  /** Resource control policies of the resource's organization: a limit at each level. */
  RCP("resource control policy", "a resource control policy");

  private final String description;
  private final String withArticle;

  PolicyType(String description, String withArticle) {
    this.description = description;
    this.withArticle = withArticle;
  }

  /** The name used in AWS's messages, e.g. {@code identity-based policy}. */
  public String description() {
    return description;
  }

  /** The name with its article, e.g. {@code an identity-based policy}. */
  public String withArticle() {
    return withArticle;
  }
}
