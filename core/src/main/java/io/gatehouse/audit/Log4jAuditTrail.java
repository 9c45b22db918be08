package io.gatehouse.audit;

import io.gatehouse.audit.internal.AllowSampler;
import io.gatehouse.audit.internal.AuditDestination;
import io.gatehouse.audit.internal.AuditMessage;
import io.gatehouse.audit.internal.CloudTrailRecords;
import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The audit trail written through Log4j 2: one CloudTrail-shaped JSON object per decision and per
 * change, on the logger {@code gatehouse.audit} of a logger context of its own (named {@code
 * gatehouse-audit}), so the application's logging is neither used nor disturbed.
 *
 * <p>By default events go through a blocking asynchronous queue to {@code gatehouse-audit.log} in
 * the configured directory, rolled daily into {@code gatehouse-audit-YYYY-MM-DD.log.gz}; a Log4j 2
 * configuration file given in the {@link AuditOptions} routes them anywhere instead. Nothing accepted
 * is dropped: a full queue makes callers wait, and {@link #close()} writes everything before it
 * returns (a JVM shutdown hook closes a trail that was not closed).
 *
 * <p>If the destination cannot be written when the trail opens, the problem is reported once on
 * standard error and, by default, every {@link #decision} and {@link #change} throws {@link
 * AuditUnavailableException} so that enforcement denies; with {@code failClosed} false, events are
 * dropped instead. Thread-safe.
 */
public final class Log4jAuditTrail implements AuditTrail {
  private final AuditDestination destination;
  private final CloudTrailRecords records;
  private final AllowSampler allows;
  private final boolean failClosed;
  private final PrintStream errors;
  // Readers write events; close() takes the write lock so that no event is half-handed to a
  // stopping context.
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final AtomicBoolean closedReported = new AtomicBoolean();
  private final Thread shutdownHook;
  private boolean closed;

  private Log4jAuditTrail(AuditOptions options, PrincipalIds ids, PrintStream errors) {
    this.destination = AuditDestination.open(options);
    this.records = new CloudTrailRecords(ids);
    this.allows = new AllowSampler(options.allow());
    this.failClosed = options.failClosed();
    this.errors = errors;
    destination.problem().ifPresent(p -> errors.println("gatehouse audit: " + p + "; "
        + (failClosed ? "every decision will be denied until the trail is reopened (failClosed)"
            : "audit events will be dropped (failClosed=false)")));
    this.shutdownHook = new Thread(this::close, "gatehouse-audit-shutdown");
    if (destination.isUsable()) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
  }

  /**
   * Opens a trail. Never throws for a destination that cannot be written: see {@link #problem()}.
   *
   * @param options where and how much to write
   */
  public static Log4jAuditTrail open(AuditOptions options) {
    return open(options, PrincipalIds.none());
  }

  /**
   * Opens a trail that finds principals' unique ids ({@code userIdentity.principalId}) with {@code
   * ids}, e.g. {@code PrincipalIds.of(store::snapshot)}.
   */
  public static Log4jAuditTrail open(AuditOptions options, PrincipalIds ids) {
    return open(options, ids, System.err);
  }

  static Log4jAuditTrail open(AuditOptions options, PrincipalIds ids, PrintStream errors) {
    return new Log4jAuditTrail(Objects.requireNonNull(options, "options"), Objects.requireNonNull(ids, "ids"),
        Objects.requireNonNull(errors, "errors"));
  }

  /** Why events cannot be written, if the destination could not be opened. */
  public Optional<String> problem() {
    return destination.problem();
  }

  /** False for {@code allow: none}. */
  @Override
  public boolean recordsAllows() {
    return allows.recordsAny();
  }

  /**
   * Records a decision: every deny, and the allows the {@link AllowVolume} asks for.
   *
   * @throws AuditUnavailableException if the trail fails closed and cannot write
   */
  @Override
  public void decision(DecisionEvent event) {
    if (event.decision().isAllowed() && !allows.record()) {
      return;
    }
    write(records.decision(event));
  }

  /**
   * Records a change or sign-in; always.
   *
   * @throws AuditUnavailableException if the trail fails closed and cannot write
   */
  @Override
  public void change(ChangeEvent event) {
    write(records.change(event));
  }

  private void write(AuditMessage message) {
    boolean wasClosed;
    lock.readLock().lock();
    try {
      wasClosed = closed;
      if (!wasClosed && destination.isUsable()) {
        destination.write(message);
        return;
      }
    } finally {
      lock.readLock().unlock();
    }
    String why = wasClosed ? "the audit trail is closed" : destination.problem().orElseThrow();
    if (failClosed) {
      throw new AuditUnavailableException(why);
    }
    if (wasClosed && closedReported.compareAndSet(false, true)) {
      errors.println("gatehouse audit: " + why + "; audit events are dropped (failClosed=false)");
    }
  }

  /** Writes every event recorded so far and releases the destination. Idempotent. */
  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      destination.close();
    } finally {
      lock.writeLock().unlock();
    }
    if (destination.isUsable() && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // The JVM is shutting down; the hook runs close() again, which returns at once.
      }
    }
  }
}
