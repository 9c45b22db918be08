package io.gatehouse.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatehouseTest {
  private static final String ALICE = "arn:aws:iam::123456789012:user/alice";
  private static final String BOB = "arn:aws:iam::123456789012:user/bob";

  @AfterEach
  void uninstall() {
    Gatehouse.install(null);
  }

  @Test
  void bindsTheContextForTheBlockOnly() throws Exception {
    assertEquals(Optional.empty(), Gatehouse.current());
    String inside = Gatehouse.runAs(ALICE, () -> Gatehouse.current().orElseThrow().principalArn());
    assertEquals(ALICE, inside);
    assertEquals(Optional.empty(), Gatehouse.current());
  }

  @Test
  void nestedBlocksRestoreTheOuterContext() {
    Gatehouse.runAs(ALICE, () -> {
      Gatehouse.runAs(BOB, () -> assertEquals(BOB, Gatehouse.current().orElseThrow().principalArn()));
      assertEquals(ALICE, Gatehouse.current().orElseThrow().principalArn());
    });
  }

  @Test
  void clearsTheContextWhenTheBlockThrows() {
    assertThrows(IllegalStateException.class, () -> Gatehouse.runAs(ALICE, (Runnable) () -> {
      throw new IllegalStateException("boom");
    }));
    assertEquals(Optional.empty(), Gatehouse.current());
  }

  @Test
  void scopeClosesIdempotently() {
    ContextScope outer = Gatehouse.bind(CallContext.of(ALICE));
    ContextScope inner = Gatehouse.bind(CallContext.of(BOB).withKey("aws:SourceIp", "203.0.113.7"));
    assertEquals(List.of("203.0.113.7"), Gatehouse.current().orElseThrow().keys().get("aws:SourceIp"));
    inner.close();
    inner.close();
    assertEquals(ALICE, Gatehouse.current().orElseThrow().principalArn());
    outer.close();
    assertEquals(Optional.empty(), Gatehouse.current());
  }

  @Test
  void wrappedExecutorRunsTasksAsTheirSubmitter() throws Exception {
    ExecutorService pool = Gatehouse.wrap(Executors.newSingleThreadExecutor());
    try {
      Future<Optional<CallContext>> asAlice = Gatehouse.runAs(ALICE, () -> pool.submit(Gatehouse::current));
      assertEquals(ALICE, asAlice.get().orElseThrow().principalArn());
      // The pool thread is left without a context after the task, and a task submitted unbound has none.
      assertEquals(Optional.empty(), pool.submit(Gatehouse::current).get());
      List<String> seen = new ArrayList<>();
      Gatehouse.runAs(BOB, () -> Gatehouse.wrap((java.util.concurrent.Executor) pool)
          .execute(() -> seen.add(Gatehouse.current().orElseThrow().principalArn())));
      pool.shutdown();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
      assertEquals(List.of(BOB), seen);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void failsClosedWithoutAHandlerOrAgent() {
    assertFalse(Gatehouse.isAllowed("shop:GetOrder", "*"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Gatehouse.check("shop:GetOrder", "*"));
    assertTrue(e.getMessage().contains("denying shop:GetOrder"), e.getMessage());
  }

  @Test
  void asksTheInstalledHandlerWithTheBoundContext() {
    List<String> asked = new ArrayList<>();
    Gatehouse.install(new DecisionHandler() {
      @Override
      public boolean isAllowed(Optional<CallContext> caller, String action, String resource,
          Map<String, List<String>> keys) {
        asked.add(caller.map(CallContext::principalArn).orElse("none") + " " + action + " " + keys);
        return caller.isPresent();
      }

      @Override
      public void check(Optional<CallContext> caller, String action, String resource,
          Map<String, List<String>> keys) {
        if (!isAllowed(caller, action, resource, keys)) {
          throw new SecurityException("denied");
        }
      }
    });
    assertFalse(Gatehouse.isAllowed("shop:GetOrder", "*"));
    Gatehouse.runAs(ALICE, () -> Gatehouse.check("shop:GetOrder", "*", Map.of("shop:Amount", List.of("5"))));
    assertThrows(SecurityException.class, () -> Gatehouse.check("shop:GetOrder", "*"));
    assertEquals(List.of("none shop:GetOrder {}", ALICE + " shop:GetOrder {shop:Amount=[5]}",
        "none shop:GetOrder {}"), asked);
  }
}
