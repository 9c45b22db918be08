package io.gatehouse.samples.shop;

import io.gatehouse.annotation.Authorize;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The orders, in memory. Each method is an IAM action, enforced by the agent for the caller the
 * servlet filter bound to the request's thread (the filter has already decided the route's action;
 * these annotations keep the service safe when it is called from elsewhere).
 */
public class Orders {
  private final Map<String, Order> orders = new ConcurrentSkipListMap<>();
  private final AtomicInteger next = new AtomicInteger(1);

  /** Orders with the given first entries; new ids follow theirs. */
  public Orders(List<Order> initial) {
    initial.forEach(o -> orders.put(o.id(), o));
    next.set(initial.size() + 1);
  }

  /** Every order. */
  @Authorize(action = "shop:ListOrders", resource = "arn:shop:orders::${aws:PrincipalAccount}:order/*")
  public List<Order> list() {
    return List.copyOf(orders.values());
  }

  /**
   * The order with this id.
   *
   * @throws NoSuchElementException if there is none
   */
  @Authorize(action = "shop:GetOrder", resource = "arn:shop:orders::${aws:PrincipalAccount}:order/{id}")
  public Order get(String id) {
    Order o = orders.get(id);
    if (o == null) {
      throw new NoSuchElementException("no order " + id);
    }
    return o;
  }

  /** Places an order for the calling customer. */
  @Authorize(action = "shop:CreateOrder", resource = "arn:shop:orders::${aws:PrincipalAccount}:order/*")
  public Order create(String customer, String productId, int quantity) {
    Order o = new Order(Integer.toString(next.getAndIncrement()), customer, productId, quantity, false);
    orders.put(o.id(), o);
    return o;
  }

  /**
   * Refunds an order: the support staff's action that needs MFA.
   *
   * @throws NoSuchElementException if there is no such order
   */
  @Authorize(action = "shop:RefundOrder", resource = "arn:shop:orders::${aws:PrincipalAccount}:order/{id}")
  public Order refund(String id) {
    Order refunded = orders.computeIfPresent(id, (k, o) -> o.refund());
    if (refunded == null) {
      throw new NoSuchElementException("no order " + id);
    }
    return refunded;
  }

  /**
   * Deletes an order.
   *
   * @throws NoSuchElementException if there is none
   */
  @Authorize(action = "shop:DeleteOrder", resource = "arn:shop:orders::${aws:PrincipalAccount}:order/{id}")
  public void delete(String id) {
    if (orders.remove(id) == null) {
      throw new NoSuchElementException("no order " + id);
    }
  }
}
