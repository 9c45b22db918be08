package io.gatehouse.agent.bootstrap;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatehouseBridgeTest {
  @AfterEach
  void unbind() {
    GatehouseBridge.bindContext(null);
  }

  @Test
  void aBoundContextIsTheCurrentThreadsUntilUnbound() {
    Map<String, Object> context = Map.of("principal", "arn:aws:iam::123456789012:user/alice");
    GatehouseBridge.bindContext(context);
    assertSame(context, GatehouseBridge.boundContext());
    GatehouseBridge.bindContext(null);
    assertNull(GatehouseBridge.boundContext());
  }

  @Test
  void eachThreadSeesOnlyItsOwnBinding() throws Exception {
    Map<String, Object> mine = Map.of("principal", "arn:aws:iam::123456789012:user/alice");
    Map<String, Object> theirs = Map.of("principal", "arn:aws:iam::123456789012:user/bob");
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      // The other thread looks before any binding of its own, then binds, while this one has bound.
      GatehouseBridge.bindContext(mine);
      assertNull(CompletableFuture.supplyAsync(GatehouseBridge::boundContext, other).get());
      assertSame(theirs, CompletableFuture.supplyAsync(() -> {
        GatehouseBridge.bindContext(theirs);
        return GatehouseBridge.boundContext();
      }, other).get());
      assertSame(mine, GatehouseBridge.boundContext());
      other.submit(() -> GatehouseBridge.bindContext(null)).get();
    } finally {
      other.shutdownNow();
    }
  }
}
