package io.gatehouse.context.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentBridgeTest {
  /** Stands in for the agent's bootstrap bridge: the same static methods. */
  public static final class FakeBridge {
    static Map<String, Object> bound;
    static String asked;

    public static Map<String, Object> boundContext() {
      return bound;
    }

    public static void bindContext(Map<String, Object> context) {
      bound = context;
    }

    public static boolean hasHandler() {
      return true;
    }

    public static boolean decide(ClassLoader caller, String action, String resource, Map<String, List<String>> keys,
        boolean enforce) {
      asked = action + " " + resource + " " + keys + " " + enforce;
      if (enforce) {
        throw new SecurityException("denied");
      }
      return false;
    }
  }

  @Test
  void callsTheBridgeMethods() {
    AgentBridge bridge = AgentBridge.of(FakeBridge.class);
    bridge.set(Map.of("principalArn", "anonymous"));
    assertEquals(Map.of("principalArn", "anonymous"), bridge.get());
    bridge.set(null);
    assertNull(bridge.get());
    assertTrue(bridge.hasHandler());
    bridge.decide(null, "a:B", "*", Map.of("k", List.of("v")), false);
    assertEquals("a:B * {k=[v]} false", FakeBridge.asked);
    assertThrows(SecurityException.class, () -> bridge.decide(null, "a:B", "*", Map.of(), true));
  }

  @Test
  void refusesAClassWithoutTheBridgeMethods() {
    assertThrows(IllegalStateException.class, () -> AgentBridge.of(String.class));
  }

  @Test
  void findsNoBridgeWithoutTheAgent() {
    assertTrue(AgentBridge.find().isEmpty());
  }
}
