package io.gatehouse.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EventIdsTest {
  @Test
  void idsAreVersion8UuidsInLowerCaseHex() {
    String id = new EventIds(new SecureRandom()).next();
    assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
    UUID parsed = UUID.fromString(id);
    assertEquals(8, parsed.version());
    assertEquals(2, parsed.variant());
    assertEquals(id, parsed.toString());
  }

  @Test
  void fixedBitsAndFirstCountComeFromTheSeed() {
    // Random(7)'s first two longs: the fixed bits (with the version) and the counter's start.
    Random seed = new Random(7);
    long high = seed.nextLong();
    long start = seed.nextLong();
    EventIds ids = new EventIds(new Random(7));
    UUID first = UUID.fromString(ids.next());
    UUID second = UUID.fromString(ids.next());
    assertEquals(high & ~0xF000L | 0x8000L, first.getMostSignificantBits());
    assertEquals(start & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L, first.getLeastSignificantBits());
    assertEquals(first.getMostSignificantBits(), second.getMostSignificantBits());
    assertEquals((start + 1) & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L, second.getLeastSignificantBits());
  }

  @Test
  void theCounterWrapsWithinItsBitsKeepingTheVariant() {
    // A seed whose counter starts at the last 62-bit value.
    Random seed = new Random() {
      private int calls;

      @Override
      public long nextLong() {
        return calls++ == 0 ? 0L : 0x3FFF_FFFF_FFFF_FFFFL;
      }
    };
    EventIds ids = new EventIds(seed);
    assertEquals("00000000-0000-8000-bfff-ffffffffffff", ids.next());
    assertEquals("00000000-0000-8000-8000-000000000000", ids.next());
  }

  @Test
  void generatorsOfSeparateSeedsDiffer() {
    assertNotEquals(new EventIds(new SecureRandom()).next(), new EventIds(new SecureRandom()).next());
  }

  @Test
  void idsAreUniqueAcrossThreads() throws Exception {
    EventIds ids = new EventIds(new SecureRandom());
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < 25_000; i++) {
            seen.add(ids.next());
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(100_000, seen.size());
  }
}
