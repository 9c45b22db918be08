package io.gatehouse.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuditMessageTest {
  @Test
  void theFieldsReadByIndexAreThoseOfTheDefaultTemplateInItsOrder() throws IOException {
    String template;
    try (InputStream in = AuditMessage.class.getResourceAsStream("/io/gatehouse/audit/CloudTrailEvent.json")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> fields = new ArrayList<>();
    Matcher m = Pattern.compile("\"field\"\\s*:\\s*\"([^\"]+)\"").matcher(template);
    while (m.find()) {
      fields.add(m.group(1));
    }
    assertEquals(fields, AuditMessage.TEMPLATE_FIELDS);
  }

  @Test
  void aFieldIsReadByIndexAsTheMapHoldsIt() {
    Map<String, Object> identity = Map.of("type", "IAMUser");
    AuditMessage message = new AuditMessage().with("userIdentity", identity).with("eventName", "GetOrder")
        .with("notInTheTemplate", "x");
    assertSame(identity, message.templateField(AuditMessage.indexOf("userIdentity")));
    assertEquals("GetOrder", message.templateField(AuditMessage.indexOf("eventName")));
    assertNull(message.templateField(AuditMessage.indexOf("evaluationError")));
    assertEquals(-1, AuditMessage.indexOf("notInTheTemplate"));
    assertEquals("x", message.getIndexedReadOnlyStringMap().getValue("notInTheTemplate"));
  }
}
