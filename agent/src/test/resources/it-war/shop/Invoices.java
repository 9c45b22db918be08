package shop;

import io.gatehouse.annotation.Authorize;

/** A service of the web application, in WEB-INF/classes, enforced through {@code @Authorize}. */
public class Invoices {
  @Authorize(action = "billing:GetInvoice", resource = "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{id}")
  public String find(String id) {
    return "invoice " + id;
  }
}
