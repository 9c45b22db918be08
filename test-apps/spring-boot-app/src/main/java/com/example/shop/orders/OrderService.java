package com.example.shop.orders;

import org.springframework.stereotype.Service;

/** The shop's orders: plain code, enforced by the agent only through configured pointcuts. */
@Service
public class OrderService {
  public String find(String id) {
    return "order " + id;
  }

  public String cancel(String id) {
    return "cancelled " + id;
  }

  public String count() {
    return "3 orders";
  }
}
