package io.gatehouse.audit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.message.AsynchronouslyFormattable;
import org.apache.logging.log4j.message.MapMessage;

/**
 * One audit event as a Log4j {@link MapMessage}: the CloudTrail record's top-level fields as keys,
 * nested elements as maps and lists. The {@code auditField} resolver of {@code
 * io/gatehouse/audit/CloudTrailEvent.json} (and JSON Template Layout's own {@code map} resolver)
 * writes each value as JSON; {@code %m{JSON}} in a pattern layout writes the whole record.
 *
 * <p>Its fields are never changed once built, so Log4j may format it on its background thread: the
 * annotation is not inherited from {@link MapMessage} and without it every event would be formatted
 * on the deciding thread.
 */
@AsynchronouslyFormattable
public final class AuditMessage extends MapMessage<AuditMessage, Object> {
  private static final long serialVersionUID = 1L;

  /**
   * The fields of {@code CloudTrailEvent.json}, in its order: the {@code auditField} resolver reads
   * them by index, without searching the map for each field twice per event.
   */
  static final List<String> TEMPLATE_FIELDS = List.of("eventVersion", "userIdentity", "eventTime", "eventSource",
      "eventName", "sourceIPAddress", "userAgent", "errorCode", "errorMessage", "requestParameters",
      "responseElements", "requestID", "eventID", "resources", "eventType", "recipientAccountId", "decision",
      "determiningPolicies", "evaluationError", "enforcementPoint", "mode");
  private static final Map<String, Integer> INDEX = new HashMap<>();

  static {
    for (int i = 0; i < TEMPLATE_FIELDS.size(); i++) {
      INDEX.put(TEMPLATE_FIELDS.get(i), i);
    }
  }

  // The template fields' values by index; not serialized (a deserialized message is read from its map).
  private final transient Object[] templateFields = new Object[TEMPLATE_FIELDS.size()];

  /** An empty message with room for a record's fields, filled with {@link #with(String, Object)}. */
  AuditMessage() {
    super(24);
  }

  /** The index of a field in {@link #TEMPLATE_FIELDS}, or -1. */
  static int indexOf(String field) {
    Integer i = INDEX.get(field);
    return i == null ? -1 : i;
  }

  /**
   * The value of the template field at {@code index}.
   *
   * @return the value, null if the record has none; or {@code this} if the values by index are not
   *     available (a deserialized message), for the caller to read the map
   */
  Object templateField(int index) {
    return templateFields == null ? this : templateFields[index];
  }

  @Override
  public AuditMessage with(String key, Object value) {
    super.with(key, value);
    remember(key, value);
    return this;
  }

  @Override
  public AuditMessage with(String key, String value) {
    super.with(key, value);
    remember(key, value);
    return this;
  }

  private void remember(String key, Object value) {
    int i = indexOf(key);
    if (i >= 0) {
      templateFields[i] = value;
    }
  }
}
