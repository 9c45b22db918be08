package io.gatehouse.benchmarks;

/** The method without any authorization: the baseline of {@link AgentOverheadBenchmark}. */
public final class PlainInvoices implements InvoiceService {
  @Override
  public String title(String invoiceId) {
    return invoiceId;
  }
}
