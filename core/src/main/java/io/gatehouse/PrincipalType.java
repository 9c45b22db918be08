package io.gatehouse;

/** The kinds of principal that can make a request, named as CloudTrail names them. */
public enum PrincipalType {
  /** The account root user, {@code arn:aws:iam::ACCOUNT:root}. */
  ROOT("Root"),
  /** An IAM user, {@code arn:aws:iam::ACCOUNT:user/PATH/NAME}. */
  USER("IAMUser"),
  /** An IAM role itself, {@code arn:aws:iam::ACCOUNT:role/PATH/NAME}; roles act through sessions. */
  ROLE("Role"),
  /** A role session, {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}. */
  ASSUMED_ROLE("AssumedRole"),
  /** A federated user session, {@code arn:aws:sts::ACCOUNT:federated-user/NAME}. */
  FEDERATED_USER("FederatedUser"),
  /**
   * A caller known only through an identity provider's token (AssumeRoleWithWebIdentity): it can
   * act only where a trust policy names its provider under {@code Federated}.
   */
  WEB_IDENTITY("WebIdentityUser"),
  /** A caller that presented no credentials. */
  ANONYMOUS("Anonymous");

  private final String awsName;

  PrincipalType(String awsName) {
    this.awsName = awsName;
  }

  /** The name AWS uses for this type (CloudTrail's {@code userIdentity.type}). */
  public String awsName() {
    return awsName;
  }
}
