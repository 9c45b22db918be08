package io.gatehouse.http;

/** What happens to a request that matches no route ({@code unmatched} in {@code gatehouse.yaml}). */
public enum UnmatchedRequests {
  /** Denied with 403, audited (the default). */
  DENY,
  /** Passed on to the application as its caller, for annotated code to enforce. */
  PASS
}
