package io.gatehouse.benchmarks;

import io.gatehouse.annotation.Authorize;

/** The same method with {@code @Authorize}: enforced when the JVM runs with the Gatehouse agent. */
public final class AnnotatedInvoices implements InvoiceService {
  @Override
  @Authorize(action = "billing:GetInvoice", resource = "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{invoiceId}")
  public String title(String invoiceId) {
    return invoiceId;
  }
}
