package io.gatehouse.agent.enforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.gatehouse.AccessDeniedException;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class HostExceptionsTest {
  private final HostExceptions exceptions = new HostExceptions();
  private final AccessDeniedException denied = new AccessDeniedException("User: x is not authorized");

  @Test
  void throwsTheHostsOwnCopy() throws Exception {
    URL core = AccessDeniedException.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader host = new URLClassLoader(new URL[] {core}, ClassLoader.getPlatformClassLoader())) {
      RuntimeException e = exceptions.translate(denied, host);
      assertNotSame(AccessDeniedException.class, e.getClass());
      assertEquals(AccessDeniedException.class.getName(), e.getClass().getName());
      assertSame(host, e.getClass().getClassLoader());
      assertEquals(denied.getMessage(), e.getMessage());
      assertSame(e.getClass(), exceptions.translate(denied, host).getClass());
    }
  }

  @Test
  void throwsTheAgentsWhenTheHostSeesTheSameClassOrNone() {
    assertSame(denied, exceptions.translate(denied, getClass().getClassLoader()));
    assertSame(denied, exceptions.translate(denied, ClassLoader.getPlatformClassLoader()));
    assertSame(denied, exceptions.translate(denied, null));
  }
}
