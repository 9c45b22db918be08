package io.gatehouse.iam;

import io.gatehouse.identity.Tag;
import java.util.ArrayList;
import java.util.List;

/** IAM's tagging rules: keys are matched case-insensitively; tagging an existing key replaces it. */
final class TagChanges {
  private TagChanges() {}

  /**
   * {@code existing} with {@code added} merged in.
   *
   * @throws IamException {@code LimitExceeded} if the result would have more than {@code limit} tags
   */
  static List<Tag> merge(List<Tag> existing, List<Tag> added, int limit, String quotaName) {
    List<Tag> out = new ArrayList<>(existing);
    for (Tag t : added) {
      out.removeIf(old -> old.key().equalsIgnoreCase(t.key()));
      out.add(t);
    }
    if (out.size() > limit) {
      throw IamException.quota(quotaName, limit);
    }
    return out;
  }

  /** {@code existing} without the tags whose keys are listed; keys not present are ignored. */
  static List<Tag> remove(List<Tag> existing, List<String> keys) {
    List<Tag> out = new ArrayList<>(existing);
    out.removeIf(t -> keys.stream().anyMatch(k -> k.equalsIgnoreCase(t.key())));
    return out;
  }
}
