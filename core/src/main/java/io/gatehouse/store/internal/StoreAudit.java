package io.gatehouse.store.internal;

import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.store.RefusedChange;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Audits what a store takes in from its backing storage: each new snapshot read from it ({@code
 * ReloadAccounts}) and each refused one (the same event with error code {@code InvalidAccount} and
 * every problem as the message; problems never quote a secret). The caller is unknown: whoever
 * edited the file or wrote the row.
 */
public final class StoreAudit {
  /** The audit events' source. */
  public static final String EVENT_SOURCE = "store.gatehouse.io";

  private final ChangeEvents events;
  private final Clock clock;

  /** Audits into {@code events}, stamping refusals with {@code clock}. */
  public StoreAudit(ChangeEvents events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** The time for a refusal. */
  public Instant now() {
    return clock.instant();
  }

  /** Records a snapshot put in force. */
  public void reloaded(String source, Accounts accounts) {
    List<String> resources = new ArrayList<>();
    accounts.all().forEach(a -> resources.add(a.rootArn()));
    events.record(Caller.anonymous(), EVENT_SOURCE, "ReloadAccounts", Map.of("source", source), resources,
        null, null, RequestInfo.none());
  }

  /** Records a refused change. */
  public void refused(RefusedChange refused) {
    events.record(Caller.anonymous(), EVENT_SOURCE, "ReloadAccounts", Map.of("source", refused.source()),
        List.of(), "InvalidAccount", refused.message(), RequestInfo.none());
  }
}
