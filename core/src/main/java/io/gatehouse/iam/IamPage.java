package io.gatehouse.iam;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list result, as IAM pages them: the items, {@code IsTruncated}, and the {@code
 * Marker} to pass to the next call when truncated. Markers are opaque; they name where the next
 * page starts, so a page boundary stays put when other items are added or removed.
 *
 * @param items the items of this page, in the list's order
 * @param isTruncated true if more items follow
 * @param marker the marker of the next page, or null when not truncated
 * @param <T> the item type
 */
public record IamPage<T>(List<T> items, boolean isTruncated, String marker) {
  /** Creates a page; the items are copied. */
  public IamPage {
    items = List.copyOf(items);
  }

  /** The marker of the next page, if there is one. */
  public Optional<String> nextMarker() {
    return Optional.ofNullable(marker);
  }
}
