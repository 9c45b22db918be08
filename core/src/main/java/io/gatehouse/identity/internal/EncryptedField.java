package io.gatehouse.identity.internal;

import io.gatehouse.identity.SecretEncryption;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;

/** Reads a secret field that may be stored encrypted; a value that cannot be decrypted is a problem. */
final class EncryptedField {
  private EncryptedField() {}

  /**
   * The clear secret of a string field, or null after adding a problem at the field (which never
   * quotes the value).
   */
  static String open(FieldReader fields, LocatedScalar value, NodePath at, SecretEncryption secrets) {
    try {
      return secrets.decrypt(value.text());
    } catch (IllegalArgumentException e) {
      fields.problem(value, at, e.getMessage());
      return null;
    }
  }
}
