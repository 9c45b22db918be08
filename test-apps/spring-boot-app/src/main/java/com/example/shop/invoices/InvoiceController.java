package com.example.shop.invoices;

import io.gatehouse.context.Gatehouse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST access to the invoices, as the principal named by the {@code X-Caller} header (a stand-in for
 * an authentication filter), or as the process principal without it.
 */
@RestController
public class InvoiceController {
  private final InvoiceService invoices;

  public InvoiceController(InvoiceService invoices) {
    this.invoices = invoices;
  }

  @GetMapping("/invoices/{id}")
  public String find(@PathVariable String id, @RequestHeader(name = "X-Caller", required = false) String caller)
      throws Exception {
    return caller == null ? invoices.find(id) : Gatehouse.runAs(caller, () -> invoices.find(id));
  }
}
