package io.gatehouse.audit.internal;

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

  /** An empty message with room for a record's fields, filled with {@link #with(String, Object)}. */
  AuditMessage() {
    super(24);
  }
}
