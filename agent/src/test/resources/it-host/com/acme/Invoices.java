package com.acme;

import io.gatehouse.annotation.Authorize;

/** Annotated service of the test host. */
public class Invoices {
  public record Invoice(String id, String tenant) {}

  @Authorize(action = "billing:GetInvoice", resource = "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{id}")
  public String get(String id) {
    return "invoice " + id;
  }

  @Authorize(action = "billing:DeleteInvoice", resource = "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{0}")
  public String delete(String id) {
    return "deleted " + id;
  }

  @Authorize(action = "billing:ArchiveInvoice",
      resource = "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{invoice.id}")
  public String archive(Invoice invoice) {
    return "archived " + invoice.id();
  }
}
