package io.gatehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Principal#fromArn} reads ARNs in place; it must accept, read and reject exactly what
 * splitting the ARN at its colons did, with the same messages.
 */
class PrincipalTest {
  private static final String[] PIECES = {
    "arn", "aws", "aws-cn", "iam", "sts", "s3", ":", "", "123456789012", "12345678901", "root",
    "user/", "role/", "assumed-role/", "federated-user/", "alice", "/", "path/", "x"
  };

  /** What splitting at colons gave: the fields, or the problem. */
  private static String bySplitting(String arn) {
    String[] parts = arn.split(":", 6);
    if (parts.length != 6 || !parts[0].equals("arn") || parts[1].isEmpty()) {
      return "not an ARN";
    }
    String partition = parts[1];
    String account = parts[4];
    String resource = parts[5];
    if (!parts[3].isEmpty()) {
      return "IAM and STS ARNs have no region";
    }
    if (!Principal.isAccountId(account)) {
      return "the account must be 12 digits";
    }
    String fields = partition + "|" + account + "|";
    if (parts[2].equals("iam")) {
      if (resource.equals("root")) {
        return fields + "ROOT|" + account + "|null|null";
      }
      String last = resource.substring(resource.lastIndexOf('/') + 1);
      if (resource.startsWith("user/")) {
        return last.isEmpty() ? "the name is empty" : fields + "USER|" + last + "|null|null";
      }
      if (resource.startsWith("role/")) {
        return last.isEmpty() ? "the name is empty" : fields + "ROLE|" + last + "|" + arn + "|null";
      }
    } else if (parts[2].equals("sts")) {
      if (resource.startsWith("assumed-role/")) {
        String[] p = resource.split("/", -1);
        if (p.length != 3 || p[1].isEmpty() || p[2].isEmpty()) {
          return "expected assumed-role/ROLE/SESSION";
        }
        String role = "arn:" + partition + ":iam::" + account + ":role/" + p[1];
        return fields + "ASSUMED_ROLE|" + p[1] + "|" + role + "|" + p[2];
      }
      if (resource.startsWith("federated-user/")) {
        String n = resource.substring("federated-user/".length());
        return n.isEmpty() || n.contains("/")
            ? "expected federated-user/NAME"
            : fields + "FEDERATED_USER|" + n + "|null|null";
      }
    }
    return "not a root, user, role, assumed-role or federated-user ARN";
  }

  private static String read(String arn) {
    try {
      Principal p = Principal.fromArn(arn);
      return p.partition() + "|" + p.accountId() + "|" + p.type() + "|" + p.name() + "|"
          + p.roleArn().orElse("null") + "|" + p.sessionName().orElse("null");
    } catch (IllegalArgumentException e) {
      String prefix = "invalid principal ARN \"" + arn + "\": ";
      assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
      return e.getMessage().substring(prefix.length());
    }
  }

  @Test
  void readsArnsAsSplittingAtColonsDid() {
    Random r = new Random(0x9121_0C1FL);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder arn = new StringBuilder();
      if (r.nextInt(4) != 0) {
        arn.append("arn:aws:").append(r.nextBoolean() ? "iam" : "sts").append("::123456789012:");
      }
      int n = r.nextInt(6);
      for (int i = 0; i < n; i++) {
        arn.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String text = arn.toString();
      assertEquals(bySplitting(text), read(text), text);
    }
  }

  @Test
  void readsEachKindOfPrincipal() {
    Principal session = Principal.fromArn("arn:aws:sts::123456789012:assumed-role/admin/alice");
    assertEquals(PrincipalType.ASSUMED_ROLE, session.type());
    assertEquals(Optional.of("arn:aws:iam::123456789012:role/admin"), session.roleArn());
    assertEquals(Optional.of("alice"), session.sessionName());
    assertEquals("aws-cn", Principal.fromArn("arn:aws-cn:iam::123456789012:user/a/b").partition());
    assertEquals("b", Principal.fromArn("arn:aws:iam::123456789012:user/a/b").name());
    assertThrows(NullPointerException.class, () -> Principal.fromArn(null));
  }
}
