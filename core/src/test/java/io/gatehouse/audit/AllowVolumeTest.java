package io.gatehouse.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllowVolumeTest {
  @Test
  void readsTheThreeTextualForms() {
    assertEquals(AllowVolume.all(), AllowVolume.parse("all"));
    assertEquals(AllowVolume.none(), AllowVolume.parse(" none "));
    assertEquals(AllowVolume.sampled(100), AllowVolume.parse("sampled(100)"));
    assertEquals(100, AllowVolume.parse("sampled( 100 )").oneIn());
    assertEquals(AllowVolume.all(), AllowVolume.parse("sampled(1)"));
    assertEquals("sampled(100)", AllowVolume.sampled(100).toString());
    assertEquals("none", AllowVolume.none().toString());
  }

  @Test
  void badFormsSayWhatWasExpected() {
    assertEquals("allow: expected \"all\", \"none\" or \"sampled(N)\", found \"some\"",
        assertThrows(IllegalArgumentException.class, () -> AllowVolume.parse("some")).getMessage());
    assertEquals("allow: in sampled(N), N must be a whole number, found \"ten\"",
        assertThrows(IllegalArgumentException.class, () -> AllowVolume.parse("sampled(ten)")).getMessage());
    assertEquals("allow: in sampled(N), N must be at least 1, found 0",
        assertThrows(IllegalArgumentException.class, () -> AllowVolume.parse("sampled(0)")).getMessage());
  }

  @Test
  void optionsAreReadFromSettings() {
    AuditOptions o = AuditOptions.fromSettings(Map.of("directory", "/var/log/shop", "allow", "sampled(10)",
        "deny", "all", "failClosed", "false"));
    assertEquals(new AuditOptions(Path.of("/var/log/shop"), null, AllowVolume.sampled(10), false), o);
    assertEquals(AuditOptions.inDirectory(Path.of(".")), AuditOptions.fromSettings(Map.of()));
    assertEquals("deny: expected \"all\" (denies are always recorded), found \"sampled(2)\"",
        assertThrows(IllegalArgumentException.class,
            () -> AuditOptions.fromSettings(Map.of("deny", "sampled(2)"))).getMessage());
    assertEquals("unknown audit setting \"dir\"; expected directory, log4jConfig, allow, deny or failClosed",
        assertThrows(IllegalArgumentException.class, () -> AuditOptions.fromSettings(Map.of("dir", "x"))).getMessage());
    assertEquals("failClosed: expected \"true\" or \"false\", found \"yes\"",
        assertThrows(IllegalArgumentException.class,
            () -> AuditOptions.fromSettings(Map.of("failClosed", "yes"))).getMessage());
  }
}
