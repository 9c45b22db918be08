package com.example.orders;

import io.gatehouse.identity.PasswordHasher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The account the order service is protected with (bob, with an access key and a password) and the
 * {@code gatehouse.yaml} that maps its routes, written into the directory the application runs in.
 */
final class OrdersFixture {
  static final String BOB = "arn:aws:iam::123456789012:user/bob";
  static final String BOB_KEY = "AKIABOB0000000000001";
  static final String BOB_SECRET = "bobSecretKey/K7MDENG/bPxRfiCYEXAMPLEKEY1";
  static final String BOB_PASSWORD = "Correct-horse-battery-9";

  static final String CONFIG = """
      accounts: [orders.yaml]
      audit: {directory: audit}
      routes:
        - {method: GET, path: "/orders/{id}", action: shop:GetOrder,
           resource: "arn:shop:orders::${aws:PrincipalAccount}:order/{id}"}
        - {method: GET, path: "/orders/{id}/status", action: shop:GetOrder,
           resource: "arn:shop:orders::${aws:PrincipalAccount}:order/{id}"}
        - {method: PUT, path: "/orders/{id}", action: shop:ChangeOrder,
           resource: "arn:shop:orders::123456789012:order/{id}", context: {"shop:Channel": "header:X-Channel"}}
        - {method: POST, path: "/orders/{id}/refund", action: shop:RequestRefund,
           resource: "arn:shop:orders::123456789012:order/{id}"}
        - {method: GET, path: "/admin", action: shop:Administer, resource: "arn:shop:admin::123456789012:console"}
        - {method: GET, path: "/public/**", action: shop:ReadPage, resource: "arn:shop:pages::123456789012:page"}
      unmatched: deny
      authentication:
        sigv4: {service: shop, regions: [us-east-1]}
        basic: true
      """;

  private OrdersFixture() {}

  /** Writes the account file and {@code gatehouse.yaml} (the given text, or {@link #CONFIG}) into the directory. */
  static Path write(Path dir, String config) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("orders.yaml"), account());
    Files.writeString(dir.resolve("gatehouse.yaml"), config);
    return dir;
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String account() {
    String hash = new PasswordHasher(1_000, new SecureRandom()).hash(BOB_PASSWORD.toCharArray()).encoded();
    return """
        AccountId: "123456789012"
        UserDetailList:
          - UserName: bob
            UserPolicyList:
              - PolicyName: orders
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - {Sid: ReadAndAskForRefunds, Effect: Allow, Action: [shop:GetOrder, shop:RequestRefund],
                       Resource: "arn:shop:orders::123456789012:order/*"}
                    - Sid: ChangeFromTheWebOnly
                      Effect: Allow
                      Action: shop:ChangeOrder
                      Resource: "arn:shop:orders::123456789012:order/*"
                      Condition: {StringEquals: {shop:Channel: web}}
                    - {Sid: RefundTheFirstOrderOnly, Effect: Allow, Action: shop:RefundOrder,
                       Resource: "arn:shop:orders::123456789012:order/1"}
        LoginProfiles:
          - {UserName: bob, PasswordHash: "%s"}
        AccessKeys:
          - {UserName: bob, AccessKeyId: %s, SecretAccessKey: "%s"}
        ResourcePolicies:
          - Resource: "arn:shop:pages::123456789012:page"
            PolicyName: public-pages
            PolicyDocument:
              Version: "2012-10-17"
              Statement:
                - {Sid: AnyoneMayRead, Effect: Allow, Principal: "*", Action: shop:ReadPage,
                   Resource: "arn:shop:pages::123456789012:page"}
        """.formatted(hash, BOB_KEY, BOB_SECRET);
  }
}
