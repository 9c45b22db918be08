package io.gatehouse.audit.internal;

import java.util.Map;
import org.apache.logging.log4j.message.AsynchronouslyFormattable;
import org.apache.logging.log4j.message.MapMessage;

/**
 * One audit event as a Log4j {@link MapMessage}: the CloudTrail record's top-level fields as keys,
 * nested elements as maps and lists. JSON Template Layout's {@code map} resolver writes each value
 * as JSON (see {@code io/gatehouse/audit/CloudTrailEvent.json}); {@code %m{JSON}} in a pattern
 * layout writes the whole record too.
 *
 * <p>Its fields are never changed once built, so Log4j may format it on its background thread: the
 * annotation is not inherited from {@link MapMessage} and without it every event would be formatted
 * on the deciding thread.
 */
@AsynchronouslyFormattable
public final class AuditMessage extends MapMessage<AuditMessage, Object> {
  private static final long serialVersionUID = 1L;

  /** A message holding the record's fields. */
  public AuditMessage(Map<String, Object> fields) {
    super(fields);
  }

  /** An empty message with room for a record's fields, filled with {@link #with(String, Object)}. */
  AuditMessage() {
    super(24);
  }
}
