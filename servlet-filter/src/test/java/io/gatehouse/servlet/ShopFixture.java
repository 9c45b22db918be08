package io.gatehouse.servlet;

import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * The shop these tests protect: an account file with users, keys, a password, an MFA device, an
 * OpenID Connect provider and a public catalogue, and the {@code gatehouse.yaml} that maps the
 * shop's HTTP routes to IAM actions. Written into a directory per server.
 */
final class ShopFixture {
  static final String ACCOUNT = "123456789012";
  static final String BOB_KEY = "AKIABOB0000000000001";
  static final String BOB_SECRET = "bobSecretKey/K7MDENG/bPxRfiCYEXAMPLEKEY1";
  static final String BOB_PASSWORD = "Correct-horse-battery-9";
  static final String ALICE_PASSWORD = "Alice-has-MFA-42";
  static final String ALICE_SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  static final String ISSUER = "https://idp.example.com";
  static final String SIGNING_SECRET = "c2lnbmluZy1rZXktbnVtYmVyLW9uZS0zMi1ieXRlcy1sb25nISE=";
  static final KeyPair IDP = rsa();

  private ShopFixture() {}

  /** Writes the account file and a {@code gatehouse.yaml} with the given extra top-level lines. */
  static Path write(Path dir, String extra) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("shop.yaml"), account());
    Path config = dir.resolve("gatehouse.yaml");
    Files.writeString(config, config(extra));
    return config;
  }

  static String config(String extra) {
    return """
        accounts: [shop.yaml]
        audit: {directory: audit}
        routes:
          - {method: GET, path: "/catalog/{id}", action: shop:GetProduct,
             resource: "arn:shop:catalog::123456789012:product/{id}"}
          - {method: GET, path: "/orders/{id}", action: shop:GetOrder,
             resource: "arn:shop:orders::${aws:PrincipalAccount}:order/{id}"}
          - {method: GET, path: "/orders/special", action: shop:GetSpecialOrder, resource: "arn:shop:orders::123456789012:special"}
          - {method: PUT, path: "/orders/{id}", action: shop:PutOrder,
             resource: "arn:shop:orders::123456789012:order/{id}",
             context: {"shop:Channel": "header:X-Channel", "shop:Amount": "query:amount", "shop:OrderId": "path:id"}}
          - {method: POST, path: "/orders/{id}", action: shop:PutOrder,
             resource: "arn:shop:orders::123456789012:order/{id}",
             context: {"shop:Channel": "header:X-Channel", "shop:Amount": "query:amount"}}
          - {method: DELETE, path: "/orders/{id}", action: shop:DeleteOrder,
             resource: "arn:shop:orders::123456789012:order/{id}"}
          - {method: POST, path: "/orders/{id}/refund", action: shop:RefundOrder,
             resource: "arn:shop:orders::123456789012:order/{id}"}
          - {method: GET, path: "/reports/**", action: shop:GetReport, resource: "arn:shop:reports::123456789012:all"}
          - {path: "/whoami", action: shop:WhoAmI, resource: "*"}
        authentication:
          sigv4: {service: shop, regions: [us-east-1]}
          oidc: [{issuer: "https://idp.example.com", role: "arn:aws:iam::123456789012:role/WebUsers"}]
          basic: true
          trustedProxies: [127.0.0.1/32, "::1/128"]
        """ + extra;
  }

  static String account() {
    PasswordHasher hasher = new PasswordHasher(1_000, new SecureRandom());
    String bobHash = hasher.hash(BOB_PASSWORD.toCharArray()).encoded();
    String aliceHash = hasher.hash(ALICE_PASSWORD.toCharArray()).encoded();
    RSAPublicKey key = (RSAPublicKey) IDP.getPublic();
    String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
        + b64(unsigned(key.getModulus())) + "\",\"e\":\"" + b64(unsigned(key.getPublicExponent())) + "\"}]}";
    return """
        AccountId: "123456789012"
        AccountAlias: shop
        UserDetailList:
          - UserName: bob
            UserPolicyList:
              - PolicyName: orders
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - {Sid: ReadAndDelete, Effect: Allow, Action: [shop:GetOrder, shop:DeleteOrder],
                       Resource: "arn:shop:orders::123456789012:order/*"}
                    - Sid: PutFromTheWebOnly
                      Effect: Allow
                      Action: shop:PutOrder
                      Resource: "arn:shop:orders::123456789012:order/*"
                      Condition:
                        StringEquals: {shop:Channel: web}
                        NumericLessThanEquals: {shop:Amount: "100"}
                    - Sid: DeleteOnlyOverTls
                      Effect: Deny
                      Action: shop:DeleteOrder
                      Resource: "*"
                      Condition: {Bool: {aws:SecureTransport: "false"}}
                    - Sid: ReportsFromTheOffice
                      Effect: Allow
                      Action: shop:GetReport
                      Resource: "*"
                      Condition: {IpAddress: {aws:SourceIp: 203.0.113.0/24}}
                    - {Sid: WhoAmI, Effect: Allow, Action: shop:WhoAmI, Resource: "*"}
          - UserName: alice
            UserPolicyList:
              - PolicyName: refunds
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Sid: RefundWithMfa
                      Effect: Allow
                      Action: shop:RefundOrder
                      Resource: "*"
                      Condition: {Bool: {aws:MultiFactorAuthPresent: "true"}}
                    - {Sid: WhoAmI, Effect: Allow, Action: [shop:WhoAmI, shop:GetOrder], Resource: "*"}
        RoleDetailList:
          - RoleName: WebUsers
            AssumeRolePolicyDocument:
              Version: "2012-10-17"
              Statement:
                - Effect: Allow
                  Principal: {Federated: "arn:aws:iam::123456789012:oidc-provider/idp.example.com"}
                  Action: sts:AssumeRoleWithWebIdentity
                  Condition: {StringEquals: {"idp.example.com:aud": shop-app}}
            RolePolicyList:
              - PolicyName: read
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - {Effect: Allow, Action: [shop:GetOrder, shop:WhoAmI], Resource: "*"}
        LoginProfiles:
          - {UserName: bob, PasswordHash: "%s"}
          - {UserName: alice, PasswordHash: "%s"}
        AccessKeys:
          - {UserName: bob, AccessKeyId: %s, SecretAccessKey: "%s"}
        MFADevices:
          - {UserName: alice, SerialNumber: "arn:aws:iam::123456789012:mfa/alice", Base32StringSeed: %s,
             EnableDate: "2026-01-01T00:00:00Z"}
        OpenIDConnectProviders:
          - {Url: "https://idp.example.com", ClientIDList: [shop-app], Jwks: '%s'}
        SigningKeys:
          - {KeyId: "k2026", Secret: "%s", CreateDate: "2026-01-01T00:00:00Z"}
        ResourcePolicies:
          - Resource: "arn:shop:catalog::123456789012:product/*"
            PolicyName: public-catalogue
            PolicyDocument:
              Version: "2012-10-17"
              Statement:
                - {Sid: AnyoneMayBrowse, Effect: Allow, Principal: "*", Action: shop:GetProduct,
                   Resource: "arn:shop:catalog::123456789012:product/*"}
        """.formatted(bobHash, aliceHash, BOB_KEY, BOB_SECRET, ALICE_SEED, jwks, SIGNING_SECRET);
  }

  /** Alice's current TOTP code. */
  static String aliceCode(Instant at) {
    return new TotpVerifier().codeAt(TotpSecret.fromBase32(ALICE_SEED), at);
  }

  /** An RS256 ID token of the test provider. */
  static String idToken(String subject, String audience, Instant expires) {
    String header = "{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}";
    long now = Instant.now().getEpochSecond();
    String payload = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"aud\":\"" + audience
        + "\",\"iat\":" + (now - 10) + ",\"exp\":" + expires.getEpochSecond() + "}";
    String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(payload.getBytes(StandardCharsets.UTF_8));
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(IDP.getPrivate());
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] b = value.toByteArray();
    return b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
  }
}
