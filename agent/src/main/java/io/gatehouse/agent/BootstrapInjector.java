package io.gatehouse.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Puts the bridge classes ({@code io/gatehouse/agent/bootstrap/}) on the bootstrap class path, through
 * a small jar of their own written to a temporary file.
 */
final class BootstrapInjector {
  static final String BRIDGE_PACKAGE = "io/gatehouse/agent/bootstrap/";
  private static final String BRIDGE_CLASS = "io.gatehouse.agent.bootstrap.GatehouseBridge";

  private BootstrapInjector() {}

  /** Injects the bridge once; a second start (attach after premain) finds it there. */
  static void inject(Instrumentation inst, Path agentJar) throws IOException {
    if (isInjected()) {
      return;
    }
    Path bridgeJar = Files.createTempFile("gatehouse-bridge", ".jar");
    bridgeJar.toFile().deleteOnExit();
    try (JarFile source = new JarFile(agentJar.toFile());
        OutputStream file = Files.newOutputStream(bridgeJar);
        JarOutputStream out = new JarOutputStream(file)) {
      Enumeration<JarEntry> entries = source.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        if (e.getName().startsWith(BRIDGE_PACKAGE) && e.getName().endsWith(".class")) {
          out.putNextEntry(new JarEntry(e.getName()));
          try (InputStream in = source.getInputStream(e)) {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
    }
    inst.appendToBootstrapClassLoaderSearch(new JarFile(bridgeJar.toFile()));
  }

  private static boolean isInjected() {
    try {
      Class.forName(BRIDGE_CLASS, false, null);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
