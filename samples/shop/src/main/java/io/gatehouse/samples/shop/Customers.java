package io.gatehouse.samples.shop;

import io.gatehouse.annotation.Authorize;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The customers. No HTTP route of {@code gatehouse.yaml} names {@code /customers}: the filter lets
 * those requests through ({@code unmatched: pass}) with the caller bound, and this annotation, enforced
 * by the agent, is what protects a customer's record.
 */
public class Customers {
  private final Map<String, Customer> customers = new TreeMap<>();

  /** The given customers. */
  public Customers(List<Customer> initial) {
    initial.forEach(c -> customers.put(c.name(), c));
  }

  /**
   * The customer of this name.
   *
   * @throws NoSuchElementException if there is none
   */
  @Authorize(action = "shop:GetCustomer", resource = "arn:shop:customers::123456789012:customer/{name}")
  public Customer get(String name) {
    Customer c = customers.get(name);
    if (c == null) {
      throw new NoSuchElementException("no customer " + name);
    }
    return c;
  }
}
