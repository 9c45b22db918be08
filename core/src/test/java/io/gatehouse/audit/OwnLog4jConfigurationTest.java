package io.gatehouse.audit;

import static io.gatehouse.audit.AuditFixture.CLOCK;
import static io.gatehouse.audit.AuditFixture.ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Enforcer;
import io.gatehouse.RequestContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audit events routed by a Log4j 2 configuration file of the user's. */
class OwnLog4jConfigurationTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

  private Path config(String appenders, String loggerRefs) throws Exception {
    return Files.writeString(dir.resolve("audit-log4j2.xml"), """
        <Configuration name="my-audit" shutdownHook="disable">
          <Appenders>
        %s
          </Appenders>
          <Loggers>
            <Logger name="gatehouse.audit" level="info" additivity="false">%s</Logger>
            <Root level="off"/>
          </Loggers>
        </Configuration>
        """.formatted(appenders, loggerRefs));
  }

  private Log4jAuditTrail open(Path config) {
    return Log4jAuditTrail.open(AuditOptions.withLog4jConfig(config), PrincipalIds.none(),
        new PrintStream(errors, true, StandardCharsets.UTF_8));
  }

  private static void decide(Log4jAuditTrail trail, String action) {
    new Enforcer(AuditFixture.authorizer(), trail, EnforcementMode.ENFORCE, CLOCK).decide(AuditFixture.alice(), action,
        ORDER, RequestContext.empty(), EnforcementPoint.API, RequestInfo.none());
  }

  @Test
  void routesEventsToTheAppendersOfTheGivenConfiguration() throws Exception {
    Path json = dir.resolve("out/cloudtrail.json");
    Path text = dir.resolve("out/denies.txt");
    Path config = config("""
            <File name="json" fileName="%s">
              <JsonTemplateLayout eventTemplateUri="classpath:io/gatehouse/audit/CloudTrailEvent.json"/>
            </File>
            <File name="text" fileName="%s">
              <PatternLayout pattern="%%m{JSON}%%n"/>
            </File>
            <Async name="async" blocking="true"><AppenderRef ref="json"/><AppenderRef ref="text"/></Async>
        """.formatted(json, text), "<AppenderRef ref=\"async\"/>");
    try (Log4jAuditTrail trail = open(config)) {
      assertEquals(java.util.Optional.empty(), trail.problem());
      decide(trail, "shop:GetOrder");
      decide(trail, "shop:DeleteOrder");
    }
    List<String> lines = Files.readAllLines(json);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).startsWith("{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"IAMUser\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"eventName\":\"DeleteOrder\",\"errorCode\":\"AccessDenied\""), lines.get(1));
    // A pattern layout's %m{JSON} writes the same record (keys sorted).
    List<String> texts = Files.readAllLines(text);
    assertEquals(2, texts.size());
    assertTrue(texts.get(1).contains("\"decision\":\"ExplicitDeny\""), texts.get(1));
    assertTrue(texts.get(1).contains("\"userIdentity\":{\"type\":\"IAMUser\""), texts.get(1));
    assertEquals("", errors.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aTemplateOfTheUsersOwnCanPickFieldsWithTheMapResolver() throws Exception {
    Path out = dir.resolve("short.json");
    Path template = Files.writeString(dir.resolve("short-template.json"), """
        {"when": {"$resolver": "map", "key": "eventTime"}, "who": {"$resolver": "map", "key": "userIdentity"},
         "what": {"$resolver": "map", "key": "eventName"}, "outcome": {"$resolver": "map", "key": "decision"},
         "app": "shop"}
        """);
    Path config = config("""
            <File name="json" fileName="%s">
              <JsonTemplateLayout eventTemplateUri="%s"/>
            </File>
        """.formatted(out, template.toUri()), "<AppenderRef ref=\"json\"/>");
    try (Log4jAuditTrail trail = open(config)) {
      decide(trail, "shop:GetOrder");
    }
    assertEquals(List.of("{\"when\":\"2026-11-22T12:00:00Z\",\"who\":{\"type\":\"IAMUser\","
        + "\"arn\":\"arn:aws:iam::123456789012:user/alice\",\"accountId\":\"123456789012\","
        + "\"accessKeyId\":\"AKIAALICE0000000001\",\"userName\":\"alice\"},\"what\":\"GetOrder\","
        + "\"outcome\":\"Allow\",\"app\":\"shop\"}"), Files.readAllLines(out));
  }

  @Test
  void anAsyncAppenderThatWouldDropEventsIsRefused() throws Exception {
    Path config = config("""
            <File name="file" fileName="%s"><PatternLayout pattern="%%m%%n"/></File>
            <Async name="lossy" blocking="false"><AppenderRef ref="file"/></Async>
        """.formatted(dir.resolve("a.log")), "<AppenderRef ref=\"lossy\"/>");
    try (Log4jAuditTrail trail = open(config)) {
      assertEquals("the Async appender \"lossy\" of " + config + " is not blocking and would drop audit events when"
          + " its queue is full: set blocking=\"true\"", trail.problem().orElseThrow());
      assertFalse(errors.toString(StandardCharsets.UTF_8).isEmpty());
    }
  }

  @Test
  void aConfigurationWithoutAnAppenderForTheAuditLoggerIsRefused() throws Exception {
    Path config = config("", "");
    try (Log4jAuditTrail trail = open(config)) {
      assertEquals(config + " gives the logger gatehouse.audit no appender", trail.problem().orElseThrow());
    }
  }

  @Test
  void aMissingConfigurationFileIsRefused() {
    Path missing = dir.resolve("missing.xml");
    try (Log4jAuditTrail trail = open(missing)) {
      assertEquals("cannot read the audit's Log4j configuration " + missing, trail.problem().orElseThrow());
    }
  }

  @Test
  void anAppenderThatCannotWriteIsRefused() throws Exception {
    Path blocker = Files.writeString(dir.resolve("blocker"), "");
    Path config = config("""
            <File name="file" fileName="%s"><PatternLayout pattern="%%m%%n"/></File>
        """.formatted(blocker.resolve("a.log")), "<AppenderRef ref=\"file\"/>");
    try (Log4jAuditTrail trail = open(config)) {
      assertEquals("the appender \"file\" of " + config + " could not be created (Log4j's status logger said why)",
          trail.problem().orElseThrow());
    }
  }
}
