package io.gatehouse.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The agent jar is self-contained and leaks no dependency under its own name. */
class AgentJarIT {
  @Test
  void relocatesEveryDependency() throws IOException {
    try (JarFile jar = new JarFile(HostJvm.AGENT_JAR.toFile())) {
      List<String> leaks = Collections.list(jar.entries()).stream().map(JarEntry::getName)
          .filter(n -> n.endsWith(".class"))
          .filter(n -> !n.startsWith("io/gatehouse/") && !n.startsWith("META-INF/"))
          .toList();
      assertEquals(List.of(), leaks, "classes outside io/gatehouse/ that were not relocated");
      assertTrue(jar.getEntry("io/gatehouse/agent/shaded/net/bytebuddy/ByteBuddy.class") != null);
      assertTrue(jar.getEntry("io/gatehouse/agent/shaded/org/apache/logging/log4j/LogManager.class") != null);
      assertTrue(jar.getEntry("io/gatehouse/agent/shaded/org/yaml/snakeyaml/Yaml.class") != null);
    }
  }

  @Test
  void declaresStartUpAttachAndRetransformation() throws IOException {
    try (JarFile jar = new JarFile(HostJvm.AGENT_JAR.toFile())) {
      Attributes main = jar.getManifest().getMainAttributes();
      assertEquals("io.gatehouse.agent.GatehouseAgent", main.getValue("Premain-Class"));
      assertEquals("io.gatehouse.agent.GatehouseAgent", main.getValue("Agent-Class"));
      assertEquals("true", main.getValue("Can-Retransform-Classes"));
    }
  }
}
