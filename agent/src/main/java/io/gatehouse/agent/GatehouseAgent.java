package io.gatehouse.agent;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * The agent's entry point ({@code Premain-Class} and {@code Agent-Class}): puts the bridge on the
 * bootstrap class path, then hands off to the enforcement runtime, which runs in a class loader of
 * its own over this jar (so that an application's own copies of Gatehouse, Log4j or Byte Buddy never
 * meet the agent's). A configuration that cannot be used stops the JVM before {@code main} runs:
 * the problems are printed (each as {@code file:line:column: path: message}) and the JVM exits with
 * status 1, so an application never runs unprotected. Attached to a running JVM, the agent throws
 * instead, which fails the attach and leaves the application as it was.
 *
 * <p>Usage: {@code -javaagent:gatehouse-agent.jar=path/to/gatehouse.yaml}.
 */
public final class GatehouseAgent {
  private static final String RUNTIME = "io.gatehouse.agent.runtime.AgentRuntime";

  private GatehouseAgent() {}

  /** Starts the agent before {@code main}. */
  public static void premain(String arguments, Instrumentation inst) {
    start(arguments, inst, false);
  }

  /** Starts the agent in a running JVM (classes loaded before are retransformed). */
  public static void agentmain(String arguments, Instrumentation inst) {
    start(arguments, inst, true);
  }

  private static void start(String arguments, Instrumentation inst, boolean attached) {
    try {
      Path jar = Path.of(GatehouseAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      BootstrapInjector.inject(inst, jar);
      ClassLoader runtimeLoader = new URLClassLoader("gatehouse-agent", new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Method start = Class.forName(RUNTIME, true, runtimeLoader)
          .getMethod("start", String.class, Instrumentation.class, boolean.class);
      start.invoke(null, arguments, inst, attached);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      refuse("gatehouse agent: cannot start: " + cause.getMessage(), cause, attached);
    } catch (Exception e) {
      refuse("gatehouse agent: cannot start: " + e, e, attached);
    }
  }

  private static void refuse(String message, Throwable cause, boolean attached) {
    System.err.println(message);
    if (attached) {
      throw new IllegalStateException(message, cause);
    }
    // Before main: end the JVM with the message alone, rather than the JVM's abort and stack trace.
    System.err.flush();
    System.exit(1);
  }
}
