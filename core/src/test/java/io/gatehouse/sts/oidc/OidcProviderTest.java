package io.gatehouse.sts.oidc;

import static io.gatehouse.sts.oidc.TestKeys.EC;
import static io.gatehouse.sts.oidc.TestKeys.RSA;
import static io.gatehouse.sts.oidc.TestKeys.ecJwk;
import static io.gatehouse.sts.oidc.TestKeys.jwks;
import static io.gatehouse.sts.oidc.TestKeys.rsaJwk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OidcProviderTest {
  private static final JsonWebKeySet KEYS = JsonWebKeySet.parse(jwks(rsaJwk("rsa-1", RSA)));

  @Test
  void arnIsTheIssuerWithoutScheme() {
    OidcProvider provider = new OidcProvider("https://idp.example.com", List.of("app"), KEYS);
    assertEquals("idp.example.com", provider.issuerWithoutScheme());
    assertEquals(
        "arn:aws:iam::123456789012:oidc-provider/idp.example.com", provider.arn("123456789012"));
  }

  @Test
  void arnKeepsTheIssuerPath() {
    OidcProvider provider =
        new OidcProvider(
            "https://oidc.eks.us-east-1.amazonaws.com/id/ABC123",
            List.of("sts.amazonaws.com"),
            KEYS);
    assertEquals(
        "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC123",
        provider.arn("111122223333"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345678901", "1234567890123", "12345678901a", "arn:aws:iam::1"})
  void arnNeedsATwelveDigitAccount(String account) {
    OidcProvider provider = new OidcProvider("https://idp.example.com", List.of("app"), KEYS);
    assertEquals(
        "an account id is 12 digits",
        assertThrows(IllegalArgumentException.class, () -> provider.arn(account)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> provider.arn(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://idp.example.com",
        "idp.example.com",
        "https://",
        "https:///path",
        "https://idp.example.com?x=1",
        "https://idp.example.com#f",
        "https://user@idp.example.com",
        "https://idp example.com",
        "https://idp.\u00e9xample.com",
      })
  void refusesUnacceptableIssuers(String issuer) {
    assertThrows(
        IllegalArgumentException.class, () -> new OidcProvider(issuer, List.of("app"), KEYS));
  }

  @Test
  void refusesOverlongIssuer() {
    String issuer = "https://idp.example.com/" + "p".repeat(232);
    assertEquals(256, issuer.length());
    assertEquals(
        "the issuer URL is longer than 255 characters",
        assertThrows(
                IllegalArgumentException.class, () -> new OidcProvider(issuer, List.of("a"), KEYS))
            .getMessage());
  }

  @Test
  void needsOneToOneHundredAudiences() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new OidcProvider("https://idp.example.com", List.of(), KEYS));
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add("app-" + i);
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> new OidcProvider("https://idp.example.com", many, KEYS));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OidcProvider("https://idp.example.com", List.of(""), KEYS));
    assertThrows(
        NullPointerException.class,
        () -> new OidcProvider("https://idp.example.com", Collections.singletonList(null), KEYS));
  }

  @Test
  void audiencesAreAReadOnlyCopyInOrder() {
    List<String> audiences = new ArrayList<>(List.of("b", "a", "b"));
    OidcProvider provider = new OidcProvider("https://idp.example.com", audiences, KEYS);
    audiences.add("c");
    assertEquals(List.of("b", "a"), List.copyOf(provider.audiences()));
    assertThrows(UnsupportedOperationException.class, () -> provider.audiences().add("x"));
  }

  @Test
  void withKeysReplacesOnlyTheKeys() {
    OidcProvider provider = new OidcProvider("https://idp.example.com", List.of("app"), KEYS);
    JsonWebKeySet rotated = JsonWebKeySet.parse(jwks(ecJwk("ec-2", EC)));
    OidcProvider after = provider.withKeys(rotated);
    assertSame(rotated, after.keys());
    assertSame(KEYS, provider.keys());
    assertEquals(provider.issuer(), after.issuer());
    assertEquals(Set.of("app"), after.audiences());
  }

  @Test
  void toStringShowsConfiguration() {
    OidcProvider provider = new OidcProvider("https://idp.example.com", List.of("app"), KEYS);
    assertEquals(
        "OidcProvider[https://idp.example.com, audiences [app], JsonWebKeySet[rsa-1 RS256]]",
        provider.toString());
  }
}
