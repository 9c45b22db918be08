package com.example.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The AWS account the orders belong to, from the {@code orders.account} property. */
@Component
public class OrderAccount {
  private final String id;

  /** The account with the given twelve-digit id. */
  public OrderAccount(@Value("${orders.account}") String id) {
    this.id = id;
  }

  /** The ARN of an order. */
  public String orderArn(String orderId) {
    return "arn:shop:orders::" + id + ":order/" + orderId;
  }
}
