package io.gatehouse.policy.internal.match;

import java.lang.management.ManagementFactory;

/** Measures how many bytes the current thread allocates while running some code. */
public final class AllocationMeter {
  private AllocationMeter() {}

  /** Bytes allocated by the current thread while {@code work} ran. */
  public static long bytesAllocatedBy(Runnable work) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long threadId = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(threadId);
    work.run();
    return threads.getThreadAllocatedBytes(threadId) - before;
  }
}
