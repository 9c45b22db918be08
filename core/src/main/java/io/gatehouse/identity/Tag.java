package io.gatehouse.identity;

import java.util.Objects;

/**
 * A tag on a user or role: the source of {@code aws:PrincipalTag/KEY}.
 *
 * @param key the tag key (case-sensitive when stored, matched case-insensitively as a condition key)
 * @param value the tag value
 */
public record Tag(String key, String value) {
  /** Creates a tag; neither part may be null. */
  public Tag {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
