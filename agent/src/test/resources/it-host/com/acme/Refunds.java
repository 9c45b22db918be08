package com.acme;

import io.gatehouse.annotation.Authorize;
import io.gatehouse.annotation.ContextKey;

/** A @ContextKey argument reaches a policy condition. */
public class Refunds {
  @Authorize(action = "billing:Refund", resource = "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{0}")
  public String refund(String invoiceId, @ContextKey("shop:Amount") int amount) {
    return "refunded " + amount;
  }
}
