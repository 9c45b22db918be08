package io.gatehouse.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value of a statement's {@code Principal} or {@code NotPrincipal} element: either {@code "*"}
 * (everyone, including anonymous callers) or a map from principal type ({@code AWS}, {@code
 * Federated}, {@code Service}, {@code CanonicalUser}) to identifiers.
 */
public final class PrincipalElement {
  /** The principal types AWS accepts as keys of a {@code Principal} object. */
  public static final List<String> TYPES = List.of("AWS", "Federated", "Service", "CanonicalUser");

  private static final PrincipalElement ANYONE = new PrincipalElement(true, Map.of());

  private final boolean anyone;
  private final Map<String, List<String>> byType;

  private PrincipalElement(boolean anyone, Map<String, List<String>> byType) {
    this.anyone = anyone;
    this.byType = byType;
  }

  /** The element {@code "*"}. */
  public static PrincipalElement anyone() {
    return ANYONE;
  }

  /**
   * An element listing identifiers per principal type, e.g. {@code {"AWS": ["111122223333"]}}.
   * Keys must be among {@link #TYPES}.
   */
  public static PrincipalElement of(Map<String, List<String>> byType) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    byType.forEach(
        (type, ids) -> {
          if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown principal type " + type);
          }
          copy.put(type, List.copyOf(ids));
        });
    return new PrincipalElement(false, java.util.Collections.unmodifiableMap(copy));
  }

  /** True for the element {@code "*"}. */
  public boolean isAnyone() {
    return anyone;
  }

  /** Identifiers per principal type, in document order; empty for {@code "*"}. */
  public Map<String, List<String>> byType() {
    return byType;
  }

  /** The identifiers listed for one type, empty if the type is not present. */
  public List<String> identifiers(String type) {
    return byType.getOrDefault(type, List.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrincipalElement p && p.anyone == anyone && p.byType.equals(byType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(anyone, byType);
  }

  @Override
  public String toString() {
    return anyone ? "\"*\"" : byType.toString();
  }
}
