package io.gatehouse.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique ids for audit events ({@code eventID}, and {@code requestID} when the enforcement point has
 * none), in the shape of a UUID: {@code 8-4-4-4-12} lower-case hex digits, RFC 9562 version 8 (a
 * layout of one's own) with the RFC's variant bits. The first 60 bits are drawn once per generator
 * from the random source it is given (a {@link java.security.SecureRandom}); the last 62 bits are a
 * counter that starts at a random value too. Ids of one generator never repeat (before 2^62 of them);
 * two generators (another enforcer, another JVM, a restart) share their 60 fixed bits with a chance of
 * one in 2^60, and even then repeat an id only if their counters meet.
 *
 * <p>A random UUID per event ({@code UUID.randomUUID()}) draws 16 bytes from a {@code SecureRandom}
 * that every deciding thread shares, under its lock; this takes one atomic increment. Thread-safe.
 */
public final class EventIds {
  private static final long VERSION_8 = 0x8000L;
  private static final long VARIANT = 0x8000_0000_0000_0000L;
  private static final long COUNTER_BITS = 0x3FFF_FFFF_FFFF_FFFFL;
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final long high;
  private final AtomicLong counter;

  /**
   * A generator whose fixed bits and first count come from {@code seed}.
   *
   * @param seed a source of random bits, drawn from twice, here only
   */
  public EventIds(Random seed) {
    this.high = seed.nextLong() & ~0xF000L | VERSION_8;
    this.counter = new AtomicLong(seed.nextLong());
  }

  /** The next id, e.g. {@code 3f0a9c1e-5b7d-8e42-a1c3-0f9e8d7c6b5a}. */
  public String next() {
    long low = counter.getAndIncrement() & COUNTER_BITS | VARIANT;
    byte[] out = new byte[36];
    hex(out, 0, high >>> 32, 8);
    out[8] = '-';
    hex(out, 9, high >>> 16, 4);
    out[13] = '-';
    hex(out, 14, high, 4);
    out[18] = '-';
    hex(out, 19, low >>> 48, 4);
    out[23] = '-';
    hex(out, 24, low, 12);
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** Writes the lowest {@code digits} hex digits of {@code value} at {@code at}, most significant first. */
  private static void hex(byte[] out, int at, long value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      out[at + i] = HEX[(int) (value & 0xF)];
      value >>>= 4;
    }
  }
}
