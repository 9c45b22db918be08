package io.gatehouse.samples.shop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The products on sale. Not annotated: anyone may browse, which the filter decides through the
 * catalogue's resource policy ({@code "Principal": "*"}).
 */
public final class Catalog {
  private final Map<String, Product> products = new TreeMap<>();

  /** A catalogue of the given products. */
  public Catalog(List<Product> products) {
    products.forEach(p -> this.products.put(p.id(), p));
  }

  /** Every product, by id. */
  public List<Product> list() {
    return List.copyOf(products.values());
  }

  /** The product with this id. */
  public Optional<Product> get(String id) {
    return Optional.ofNullable(products.get(id));
  }
}
