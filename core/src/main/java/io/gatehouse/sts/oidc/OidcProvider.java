package io.gatehouse.sts.oidc;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An OpenID Connect identity provider registered in an account, as with IAM's {@code
 * CreateOpenIDConnectProvider}: its issuer URL, the client ids (audiences) whose tokens are
 * accepted, and its current signing keys. Immutable; {@link #withKeys} gives the provider after a
 * key rotation.
 */
public final class OidcProvider {
  private static final String SCHEME = "https://";
  private static final int MAX_URL_LENGTH = 255;
  private static final int MAX_AUDIENCES = 100;
  private static final int MAX_AUDIENCE_LENGTH = 255;

  private final String issuer;
  private final Set<String> audiences;
  private final JsonWebKeySet keys;

  /**
   * Creates a provider.
   *
   * @param issuer the issuer URL exactly as tokens' {@code iss} claim has it, e.g. {@code
   *     https://idp.example.com}: {@code https://}, a host, optionally a path; no query, fragment
   *     or user info; at most 255 characters
   * @param audiences the accepted client ids, 1 to 100, each 1 to 255 characters
   * @param keys the provider's signing keys
   * @throws IllegalArgumentException if the issuer or an audience is not acceptable
   * @throws NullPointerException if an argument or audience is null
   */
  public OidcProvider(String issuer, Collection<String> audiences, JsonWebKeySet keys) {
    this.issuer = checkIssuer(Objects.requireNonNull(issuer, "issuer"));
    this.audiences = checkAudiences(Objects.requireNonNull(audiences, "audiences"));
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** The issuer URL, compared exactly with a token's {@code iss}. */
  public String issuer() {
    return issuer;
  }

  /**
   * The issuer without {@code https://}, e.g. {@code idp.example.com}: the provider's name in its
   * ARN and the prefix of its condition keys ({@code idp.example.com:sub}).
   */
  public String issuerWithoutScheme() {
    return issuer.substring(SCHEME.length());
  }

  /** The accepted client ids, in the order given. */
  public Set<String> audiences() {
    return audiences;
  }

  /** The provider's signing keys. */
  public JsonWebKeySet keys() {
    return keys;
  }

  /** This provider with another key set, e.g. after the provider rotated its keys. */
  public OidcProvider withKeys(JsonWebKeySet newKeys) {
    return new OidcProvider(issuer, audiences, newKeys);
  }

  /**
   * The provider's IAM ARN in an account: {@code arn:aws:iam::ACCOUNT:oidc-provider/HOST[/PATH]},
   * e.g. {@code arn:aws:iam::123456789012:oidc-provider/idp.example.com}. Trust policies name this
   * ARN as their {@code Federated} principal.
   *
   * @param accountId a 12-digit AWS account id
   * @throws IllegalArgumentException if {@code accountId} is not 12 digits
   */
  public String arn(String accountId) {
    if (accountId == null || !accountId.matches("[0-9]{12}")) {
      throw new IllegalArgumentException("an account id is 12 digits");
    }
    return "arn:aws:iam::" + accountId + ":oidc-provider/" + issuerWithoutScheme();
  }

  /** The issuer, the audiences and the key ids; a provider holds no secrets. */
  @Override
  public String toString() {
    return "OidcProvider[" + issuer + ", audiences " + audiences + ", " + keys + "]";
  }

  private static String checkIssuer(String issuer) {
    if (!issuer.startsWith(SCHEME)) {
      throw new IllegalArgumentException("the issuer URL must begin with https://");
    }
    if (issuer.length() > MAX_URL_LENGTH) {
      throw new IllegalArgumentException(
          "the issuer URL is longer than " + MAX_URL_LENGTH + " characters");
    }
    String rest = issuer.substring(SCHEME.length());
    int slash = rest.indexOf('/');
    String host = slash < 0 ? rest : rest.substring(0, slash);
    if (host.isEmpty()) {
      throw new IllegalArgumentException("the issuer URL has no host");
    }
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c <= 0x20 || c >= 0x7F || c == '?' || c == '#' || c == '@' || c == '\\') {
        throw new IllegalArgumentException(
            "the issuer URL may not contain a query, a fragment, user info, spaces or"
                + " non-ASCII characters");
      }
    }
    return issuer;
  }

  private static Set<String> checkAudiences(Collection<String> audiences) {
    if (audiences.isEmpty() || audiences.size() > MAX_AUDIENCES) {
      throw new IllegalArgumentException(
          "a provider needs 1 to " + MAX_AUDIENCES + " audiences (client ids)");
    }
    Set<String> copy = new LinkedHashSet<>();
    for (String audience : audiences) {
      Objects.requireNonNull(audience, "audience");
      if (audience.isEmpty() || audience.length() > MAX_AUDIENCE_LENGTH) {
        throw new IllegalArgumentException(
            "an audience (client id) must be 1 to " + MAX_AUDIENCE_LENGTH + " characters long");
      }
      copy.add(audience);
    }
    return Collections.unmodifiableSet(copy);
  }
}
