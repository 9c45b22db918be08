package io.gatehouse.benchmarks;

/**
 * The host program of {@link AgentStartupBenchmark}: two calls of an {@code @Authorize} method, then
 * exit. With the agent both calls are enforced (alice may read invoices); without it they just run.
 */
public final class StartupHost {
  private StartupHost() {}

  public static void main(String[] args) {
    AnnotatedInvoices invoices = new AnnotatedInvoices();
    String first = invoices.title("7");
    String second = invoices.title("8");
    if (!first.equals("7") || !second.equals("8")) {
      throw new IllegalStateException("unexpected titles " + first + ", " + second);
    }
  }
}
