package io.gatehouse.agent.instrument;

import io.gatehouse.agent.bootstrap.GatehouseBridge;
import net.bytebuddy.asm.Advice;

/**
 * The code inlined at the start of every instrumented method: one call to the bootstrap bridge with
 * the method's id (a constant fixed when the method was instrumented) and the arguments. Everything
 * else happens in the agent's enforcement classes, behind the bridge.
 */
final class EnforcementAdvice {
  private EnforcementAdvice() {}

  @Advice.OnMethodEnter
  static void enter(@MethodId int methodId, @Advice.AllArguments Object[] arguments) {
    GatehouseBridge.enter(methodId, arguments);
  }
}
