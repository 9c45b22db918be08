package io.gatehouse.samples.shop;

/** A customer's order of one product; {@code refunded} once support refunded it. */
public record Order(String id, String customer, String productId, int quantity, boolean refunded) {
  /** The same order, refunded. */
  public Order refund() {
    return new Order(id, customer, productId, quantity, true);
  }
}
