package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Authorizer;
import io.gatehouse.Decision;
import io.gatehouse.PolicyType;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.store.FileAccountStore;
import io.gatehouse.sts.AssumeRoleRequest;
import io.gatehouse.sts.AssumeRoleResult;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.sts.StsException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From an account file on disk to decisions: a user, a group member, a role session limited by a
 * session policy, an MFA-gated action, and a federated (web identity) session.
 */
class AccountFileEndToEndTest {
  static final String A = "123456789012";
  static final String ORDER = "arn:shop:orders::" + A + ":order/7";
  static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  @TempDir Path dir;
  private KeyPair idpKey;
  private FileAccountStore store;
  private AccountAuthorizer authorizer;
  private SecurityTokenService sts;
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @BeforeEach
  void loadAccountFile() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    idpKey = g.generateKeyPair();
    RSAPublicKey pub = (RSAPublicKey) idpKey.getPublic();
    String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
        + b64(unsigned(pub.getModulus())) + "\",\"e\":\"" + b64(unsigned(pub.getPublicExponent())) + "\"}]}";
    String account = Files.readString(Path.of("../examples/accounts/shop.yaml"))
        + """

        MFADevices:
          - UserName: alice
            SerialNumber: arn:aws:iam::123456789012:mfa/alice
            Base32StringSeed: %s
            EnableDate: "2026-01-01T00:00:00Z"

        OpenIDConnectProviders:
          - Arn: arn:aws:iam::123456789012:oidc-provider/idp.example.com
            Url: https://idp.example.com
            ClientIDList: [shop-web]
            Jwks: %s
        """.formatted(SEED, jwks);
    String withWebRole = account.replace("ResourcePolicies:", """
          - RoleName: web-customers
            AssumeRolePolicyDocument:
              Version: "2012-10-17"
              Statement:
                - Effect: Allow
                  Principal: { Federated: arn:aws:iam::123456789012:oidc-provider/idp.example.com }
                  Action: sts:AssumeRoleWithWebIdentity
                  Condition:
                    StringEquals: { "idp.example.com:aud": shop-web }
            RolePolicyList:
              - PolicyName: list-orders
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Action: shop:ListOrders
                      Resource: "*"

        ResourcePolicies:""");
    Path file = dir.resolve("shop.yaml");
    Files.writeString(file, withWebRole);
    store = FileAccountStore.open(List.of(file));
    authorizer = new AccountAuthorizer(store::snapshot, Authorizer.standard(), ResourcePolicyProvider.NONE, clock);
    sts = new SecurityTokenService(store, authorizer, clock, new SecureRandom());
  }

  private static Caller user(String name) {
    return Caller.withAccessKey(Principal.fromArn("arn:aws:iam::" + A + ":user/" + name), "AKIAEXAMPLEKEY000001");
  }

  private Decision decide(Caller caller, String action, String resource) {
    return authorizer.decide(caller, action, resource, RequestContext.empty());
  }

  @Test
  void aUserIsAllowedWhatItsGroupAndBoundaryAllow() {
    assertTrue(decide(user("alice"), "shop:GetOrder", ORDER).isAllowed());
    assertEquals(PolicyType.IDENTITY, decide(user("alice"), "shop:DeleteOrder", ORDER).policyType().orElseThrow());
  }

  @Test
  void aGroupMemberGetsOnlyItsOwnReceipts() {
    assertTrue(decide(user("bob"), "shop:GetReceipt", "arn:shop:orders::" + A + ":receipt/bob/1").isAllowed());
    assertFalse(decide(user("bob"), "shop:GetReceipt", "arn:shop:orders::" + A + ":receipt/alice/1").isAllowed());
    assertFalse(decide(user("bob"), "shop:GetOrder", ORDER).isAllowed());
  }

  @Test
  void aRoleSessionIsLimitedByItsSessionPolicy() {
    String onlyList = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"shop:ListOrders\","
        + "\"Resource\":\"*\"}}";
    AssumeRoleResult r = sts.assumeRole(user("alice"), new AssumeRoleRequest("arn:aws:iam::" + A + ":role/support",
        "alice-support", null, onlyList, null, null, null, null, null, null));
    Caller session = sts.verify(r.credentials().accessKeyId(), r.credentials().sessionToken()).caller();
    assertTrue(decide(session, "shop:ListOrders", ORDER).isAllowed());
    assertEquals(PolicyType.SESSION, decide(session, "shop:GetOrder", ORDER).policyType().orElseThrow());
  }

  @Test
  void anMfaGatedActionNeedsASessionAssumedWithMfa() throws Exception {
    AssumeRoleResult noMfa = sts.assumeRole(user("alice"), AssumeRoleRequest.of("arn:aws:iam::" + A + ":role/support",
        "no-mfa"));
    Caller plain = sts.verify(noMfa.credentials().accessKeyId(), noMfa.credentials().sessionToken()).caller();
    assertFalse(decide(plain, "shop:RefundOrder", ORDER).isAllowed());
    String code = new TotpVerifier().codeAt(TotpSecret.fromBase32(SEED), NOW);
    AssumeRoleResult withMfa = sts.assumeRole(user("alice"), new AssumeRoleRequest("arn:aws:iam::" + A + ":role/support",
        "with-mfa", null, null, null, null, "arn:aws:iam::" + A + ":mfa/alice", code, null, null));
    Caller mfa = sts.verify(withMfa.credentials().accessKeyId(), withMfa.credentials().sessionToken()).caller();
    assertTrue(decide(mfa, "shop:RefundOrder", ORDER).isAllowed());
    // The used code is recorded in the account file: presenting it again is refused.
    assertThrows(StsException.class, () -> sts.assumeRole(user("alice"), new AssumeRoleRequest(
        "arn:aws:iam::" + A + ":role/support", "again", null, null, null, null, "arn:aws:iam::" + A + ":mfa/alice",
        code, null, null)));
    assertTrue(Files.readString(dir.resolve("shop.yaml")).contains("LastUsedStep"));
  }

  @Test
  void aFederatedSessionActsAsItsRole() throws Exception {
    String header = b64("{\"alg\":\"RS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));
    String payload = b64(("{\"iss\":\"https://idp.example.com\",\"sub\":\"customer-42\",\"aud\":\"shop-web\",\"iat\":"
        + (NOW.getEpochSecond() - 5) + ",\"exp\":" + (NOW.getEpochSecond() + 300) + "}").getBytes(StandardCharsets.UTF_8));
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(idpKey.getPrivate());
    s.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
    String jwt = header + "." + payload + "." + b64(s.sign());
    AssumeRoleResult r = sts.assumeRoleWithWebIdentity("arn:aws:iam::" + A + ":role/web-customers", "customer-42",
        jwt, null, null, null);
    Caller web = sts.verify(r.credentials().accessKeyId(), r.credentials().sessionToken()).caller();
    assertTrue(decide(web, "shop:ListOrders", ORDER).isAllowed());
    assertFalse(decide(web, "shop:GetOrder", ORDER).isAllowed());
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] unsigned(BigInteger v) {
    byte[] b = v.toByteArray();
    return b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
  }
}
