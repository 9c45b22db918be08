package com.example.shop.orders;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST access to the orders. */
@RestController
@RequestMapping("/orders")
public class OrderController {
  private final OrderService orders;

  public OrderController(OrderService orders) {
    this.orders = orders;
  }

  @GetMapping
  public String count() {
    return orders.count();
  }

  @GetMapping("/{id}")
  public String find(@PathVariable String id) {
    return orders.find(id);
  }

  @DeleteMapping("/{id}")
  public String cancel(@PathVariable String id) {
    return orders.cancel(id);
  }
}
