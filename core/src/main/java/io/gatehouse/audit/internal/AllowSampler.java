package io.gatehouse.audit.internal;

import io.gatehouse.audit.AllowVolume;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides which allows are recorded under an {@link AllowVolume}: all, none, or every Nth counted
 * from the first (deterministic, so that {@code sampled(N)} records exactly ceil(allows / N)).
 * Thread-safe.
 */
public final class AllowSampler {
  private final int oneIn;
  private final AtomicLong allows = new AtomicLong();

  /** A sampler for the volume. */
  public AllowSampler(AllowVolume volume) {
    this.oneIn = volume.oneIn();
  }

  /** False if no allow is ever recorded. */
  public boolean recordsAny() {
    return oneIn != 0;
  }

  /** Counts one allow and says whether to record it. */
  public boolean record() {
    if (oneIn <= 1) {
      return oneIn == 1;
    }
    return allows.getAndIncrement() % oneIn == 0;
  }
}
