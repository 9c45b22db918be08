package io.gatehouse.benchmarks;

/** What {@link AgentOverheadBenchmark} calls: one cheap method. */
public interface InvoiceService {
  /** The invoice's title. */
  String title(String invoiceId);
}
