package io.gatehouse.identity;

import java.security.SecureRandom;

/** A {@link SecureRandom} that returns a repeating byte pattern, for reproducible tests. */
final class FixedRandom extends SecureRandom {
  private byte next;

  FixedRandom(int first) {
    this.next = (byte) first;
  }

  @Override
  public void nextBytes(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = next++;
    }
  }
}
