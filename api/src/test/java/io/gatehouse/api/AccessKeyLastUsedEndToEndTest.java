package io.gatehouse.api;

import static io.gatehouse.api.AwsCliEndToEndTest.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws iam get-access-key-last-used} with the real AWS CLI, against the servlet on Jetty
 * recording last uses as deployed: nothing before a key is used, then the date, {@code iam} and the
 * region the CLI signed for once the key has signed a call.
 */
class AccessKeyLastUsedEndToEndTest {
  @TempDir Path dir;
  private ApiServer server;
  private AwsCli cli;

  @BeforeEach
  void start() throws Exception {
    server = ApiServer.recordingLastUse(dir);
    cli = new AwsCli(server.endpoint(), dir.resolve("home"));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private AwsCli.Result lastUsedOfReader() throws Exception {
    AwsCli.Result r = cli.aws(ApiServer.ADMIN_KEY, ApiServer.ADMIN_SECRET, null, "iam", "get-access-key-last-used",
        "--access-key-id", ApiServer.READER_KEY);
    assertEquals(0, r.exitCode(), r::toString);
    return r;
  }

  @Test
  void aKeysLastUseIsNotApplicableUntilItSignsACallThenShowsDateServiceAndRegion() throws Exception {
    AwsCli.Result before = lastUsedOfReader();
    assertEquals("reader", field(before.stdout(), "UserName"));
    assertEquals("N/A", field(before.stdout(), "ServiceName"));
    assertEquals("N/A", field(before.stdout(), "Region"));
    assertFalse(before.stdout().contains("LastUsedDate"), before::toString);

    Instant signed = Instant.now().minusSeconds(1);
    AwsCli.Result call = cli.aws(ApiServer.READER_KEY, ApiServer.READER_SECRET, null, "iam", "get-user");
    assertEquals(0, call.exitCode(), call::toString);
    assertTrue(server.api.flushLastUses(Duration.ofSeconds(10)));

    AwsCli.Result after = lastUsedOfReader();
    assertEquals("iam", field(after.stdout(), "ServiceName"));
    assertEquals("us-east-1", field(after.stdout(), "Region"));
    Instant used = Instant.parse(field(after.stdout(), "LastUsedDate").replace("+00:00", "Z"));
    assertFalse(used.isBefore(signed.minusSeconds(1)) || used.isAfter(Instant.now()), used::toString);
    String file = Files.readString(server.accountFile);
    assertTrue(file.contains("LastUsedServiceName: iam") && file.contains("LastUsedRegion: us-east-1"), file);

    // Within AWS's 15 minutes another use is not recorded: the STS call leaves the IAM one in place.
    AwsCli.Result sts = cli.aws(ApiServer.READER_KEY, ApiServer.READER_SECRET, null, "sts", "get-caller-identity");
    assertEquals(0, sts.exitCode(), sts::toString);
    assertTrue(server.api.flushLastUses(Duration.ofSeconds(10)));
    assertEquals("iam", field(lastUsedOfReader().stdout(), "ServiceName"));
  }

  @Test
  void temporaryCredentialsRecordNothing() throws Exception {
    AwsCli.Result assumed = cli.aws(ApiServer.READER_KEY, ApiServer.READER_SECRET, null, "sts", "assume-role",
        "--role-arn", "arn:aws:iam::111122223333:role/deployer", "--role-session-name", "last-used");
    assertEquals(0, assumed.exitCode(), assumed::toString);
    String akid = field(assumed.stdout(), "AccessKeyId");
    AwsCli.Result who = cli.aws(akid, field(assumed.stdout(), "SecretAccessKey"),
        field(assumed.stdout(), "SessionToken"), "iam", "get-user", "--user-name", "admin");
    assertEquals(0, who.exitCode(), who::toString);
    assertTrue(server.api.flushLastUses(Duration.ofSeconds(10)));

    assertEquals("sts", field(lastUsedOfReader().stdout(), "ServiceName"), "the long-term key signed AssumeRole");
    AwsCli.Result temporary = cli.aws(ApiServer.ADMIN_KEY, ApiServer.ADMIN_SECRET, null, "iam",
        "get-access-key-last-used", "--access-key-id", akid);
    assertTrue(temporary.stderr().contains("(NoSuchEntity)"), temporary::toString);
    assertFalse(Files.readString(server.accountFile).contains(akid));
  }
}
