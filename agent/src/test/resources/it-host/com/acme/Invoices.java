package com.acme;

import io.gatehouse.annotation.Authorize;

/** Annotated service of the test host. */
public class Invoices {
  public record Invoice(String id, String tenant) {}

  /** A constructor can be enforced too. */
  public static final class Draft {
    public final String id;

    @Authorize(action = "billing:CreateInvoice", resource = "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{id}")
    public Draft(String id) {
      this.id = id;
    }
  }

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
