package io.gatehouse.identity.internal;

import io.gatehouse.identity.SigningKey;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads {@code SigningKeys}: the keys that sign the account's session tokens, each with a unique
 * {@code KeyId}, a base-64 {@code Secret} of at least 32 bytes and a {@code CreateDate}. Problems
 * never quote a secret.
 */
final class SigningKeySectionReader {
  static final String SECTION = "SigningKeys";
  private static final List<String> KEYS = List.of("KeyId", "Secret", "CreateDate");
  private static final int MIN_BYTES = 32;

  private final FieldReader fields;

  private final io.gatehouse.identity.SecretEncryption secrets;

  SigningKeySectionReader(ReadContext context) {
    this.fields = context.fields();
    this.secrets = context.secrets();
  }

  /** Reads the section; keys with problems are left out (the problems say why). */
  List<SigningKey> read(LocatedObject root) {
    List<SigningKey> out = new ArrayList<>();
    DuplicateNames ids = new DuplicateNames(fields, "KeyId", false);
    for (Element e : fields.array(root, NodePath.root(), SECTION)) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      int before = fields.problemCount();
      fields.onlyKnownKeys(o, e.path(), KEYS);
      String id = fields.requiredString(o, e.path(), "KeyId");
      if (id != null && id.isEmpty()) {
        fields.problem(o.get("KeyId"), e.path().key("KeyId"), "expected a key id, found \"\"");
      } else if (id != null) {
        ids.add(id, o.get("KeyId"), e.path().key("KeyId"));
      }
      String secret = secret(o, e.path());
      Instant created = fields.date(o, e.path(), "CreateDate");
      if (fields.problemCount() == before) {
        out.add(new SigningKey(id, secret, created));
      }
    }
    return out;
  }

  private String secret(LocatedObject o, NodePath path) {
    LocatedNode v = fields.required(o, path, "Secret");
    if (v == null) {
      return null;
    }
    NodePath at = path.key("Secret");
    if (!(v instanceof LocatedScalar s && s.isString())) {
      fields.problem(v, at, "expected a base-64 string");
      return null;
    }
    String text = EncryptedField.open(fields, s, at, secrets);
    if (text == null) {
      return null;
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      fields.problem(v, at, "expected a base-64 string; the value is not valid base-64");
      return null;
    }
    if (key.length < MIN_BYTES) {
      fields.problem(
          v, at, "expected a key of at least " + MIN_BYTES + " bytes, found " + key.length);
      return null;
    }
    return text;
  }
}
