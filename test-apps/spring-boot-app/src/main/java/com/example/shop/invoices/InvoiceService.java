package com.example.shop.invoices;

import io.gatehouse.annotation.Authorize;
import org.springframework.stereotype.Service;

/** Invoices, annotated with {@code @Authorize}. */
@Service
public class InvoiceService {
  @Authorize(action = "billing:GetInvoice", resource = "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{id}")
  public String find(String id) {
    return "invoice " + id;
  }
}
