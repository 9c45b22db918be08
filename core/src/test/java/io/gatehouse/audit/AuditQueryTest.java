package io.gatehouse.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditQueryTest {
  static AuditRecord decision(String time, String outcome, String principal, String action) {
    String line = "{\"eventTime\":\"" + time + "\",\"eventSource\":\"" + action.substring(0, action.indexOf(':'))
        + ".amazonaws.com\",\"eventName\":\"" + action.substring(action.indexOf(':') + 1)
        + "\",\"eventID\":\"id-" + time + "\",\"userIdentity\":{\"arn\":\"" + principal
        + "\"},\"decision\":\"" + outcome + "\",\"enforcementPoint\":\"api\"}";
    return AuditRecordReader.record(line);
  }

  static final String ALICE = "arn:aws:iam::111122223333:user/alice";
  static final AuditRecord EARLY = decision("2026-11-23T10:00:00Z", "Allow", ALICE, "iam:CreateUser");
  static final AuditRecord LATE = decision("2026-11-23T12:00:00Z", "Allow", ALICE, "iam:createuser");
  static final AuditRecord DENIED = decision("2026-11-23T11:00:00Z", "ExplicitDeny", ALICE, "iam:DeleteUser");

  @Test
  void readsTheEventIdAndKeepsTheLine() {
    assertEquals("id-2026-11-23T10:00:00Z", EARLY.eventId());
    assertTrue(EARLY.json().contains("\"eventName\":\"CreateUser\""));
  }

  @Test
  void filtersByTimeWindowActionAndDecision() {
    AuditQuery window = AuditQuery.all().since(Instant.parse("2026-11-23T10:30:00Z"))
        .until(Instant.parse("2026-11-23T12:00:00Z"));
    assertFalse(window.matches(EARLY));
    assertTrue(window.matches(DENIED));
    assertFalse(window.matches(LATE), "until is exclusive");
    assertTrue(AuditQuery.all().action("*User").matches(DENIED));
    assertFalse(AuditQuery.all().action("sts:*").matches(DENIED));
    assertTrue(AuditQuery.all().decision("deny").matches(DENIED));
    assertFalse(AuditQuery.all().decision("Allow").matches(DENIED));
    assertTrue(AuditQuery.all().principal(" ").matches(DENIED), "blank means any");
    assertThrows(IllegalArgumentException.class, () -> AuditQuery.all().decision("Maybe"));
  }

  @Test
  void lastAccessedKeepsTheLatestAllowPerActionIgnoringCase() {
    List<AuditQuery.LastAccess> last = AuditQuery.lastAccessed(List.of(EARLY, DENIED, LATE));
    assertEquals(1, last.size());
    assertEquals(LATE, last.get(0).lastAllow());
    assertEquals(ALICE, last.get(0).principal());
  }
}
