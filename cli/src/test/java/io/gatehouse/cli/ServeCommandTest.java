package io.gatehouse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gatehouse serve}'s refusals of bad options; serving itself is tested by {@code ServeCommandIT}. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void refusesAnAccountFileWithProblemsNamingWhere() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "AccountId: \"123456789012\"\nUserDetailList:\n  - Nom: x\n");
    CliTest.Run r = CliTest.run("serve", "--account", bad.toString(), "--port", "0", "--audit-dir", dir.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.status());
    assertTrue(r.err().contains("bad.yaml:3:"), r.err());
  }

  @Test
  void refusesAMissingFileABadPortAndAnUnknownAddress() throws Exception {
    Path account = Files.writeString(dir.resolve("a.yaml"), "AccountId: \"123456789012\"\n");
    CliTest.Run missing = CliTest.run("serve", "--account", dir.resolve("none.yaml").toString());
    assertEquals(ExitCodes.BAD_INPUT, missing.status());
    assertTrue(missing.err().contains("none.yaml"), missing.err());
    CliTest.Run port = CliTest.run("serve", "--account", account.toString(), "--port", "70000");
    assertEquals(ExitCodes.BAD_INPUT, port.status());
    assertTrue(port.err().contains("--port must be 0 to 65535"), port.err());
    CliTest.Run bind = CliTest.run("serve", "--account", account.toString(), "--bind", "no-such-host.invalid");
    assertEquals(ExitCodes.BAD_INPUT, bind.status());
    assertTrue(bind.err().contains("--bind"), bind.err());
  }

  @Test
  void helpNamesTheDefaults() {
    CliTest.Run r = CliTest.run("serve", "--help");
    assertTrue(r.out().contains("default 8080"), r.out());
    assertTrue(r.out().contains("default 127.0.0.1"), r.out());
  }
}
