package io.gatehouse.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));
  final SignInThrottle throttle = new SignInThrottle(clock, 3, Duration.ofSeconds(1), Duration.ofSeconds(60));

  @Test
  void locksOutAfterTheFreeFailuresWithDoublingWindows() {
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.empty(), throttle.retryAfter("alice", "10.0.0.1"));
      throttle.failed("alice", "10.0.0.1");
    }
    assertEquals(Optional.empty(), throttle.retryAfter("alice", "10.0.0.1"), "three failures are free");
    throttle.failed("alice", "10.0.0.1");
    assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("alice", "10.0.0.1"));
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Optional.empty(), throttle.retryAfter("alice", "10.0.0.1"));
    throttle.failed("alice", "10.0.0.1");
    assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.retryAfter("alice", "10.0.0.1"));
    clock.advance(Duration.ofSeconds(2));
    throttle.failed("alice", "10.0.0.1");
    assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.retryAfter("alice", "10.0.0.1"));
    for (int i = 0; i < 10; i++) {
      throttle.failed("alice", "10.0.0.1");
    }
    assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.retryAfter("alice", "10.0.0.1"), "capped");
  }

  @Test
  void locksTheUserFromAnyAddressAndTheAddressForAnyUser() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("alice", "10.0.0." + i);
    }
    assertTrue(throttle.retryAfter("alice", "10.9.9.9").isPresent(), "the user, from a new address");
    assertTrue(throttle.retryAfter("bob", "10.0.0.1").isEmpty(), "that address failed once only");
    for (int i = 0; i < 4; i++) {
      throttle.failed("user" + i, "192.0.2.1");
    }
    assertTrue(throttle.retryAfter("carol", "192.0.2.1").isPresent(), "the address, for a new user");
  }

  @Test
  void successClearsTheUserButNotTheAddress() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("alice", "10.0.0.1");
    }
    clock.advance(Duration.ofSeconds(1));
    throttle.succeeded("alice");
    assertTrue(throttle.retryAfter("alice", "10.0.0.2").isEmpty());
    throttle.failed("alice", "10.0.0.1");
    assertTrue(throttle.retryAfter("bob", "10.0.0.1").isPresent(), "the address keeps its count");
    assertTrue(throttle.retryAfter("alice", "10.0.0.2").isEmpty(), "the user starts again");
  }

  @Test
  void forgetsFailuresAfterTheLongestWindow() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("alice", "10.0.0.1");
    }
    clock.advance(Duration.ofSeconds(61));
    throttle.failed("alice", "10.0.0.1");
    assertTrue(throttle.retryAfter("alice", "10.0.0.1").isEmpty(), "the old failures were forgotten");
  }
}
