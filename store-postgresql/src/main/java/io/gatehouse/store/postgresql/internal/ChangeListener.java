package io.gatehouse.store.postgresql.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Learns of changes made by other instances. One thread holds its own connection with {@code
 * LISTEN gatehouse_accounts} and runs the check as soon as a notification arrives, and at every
 * check interval anyway, which catches notifications missed while the connection was down. A
 * broken connection is replaced, with a growing pause (up to 5 seconds) between failed attempts;
 * the first check after reconnecting picks up whatever changed meanwhile.
 */
public final class ChangeListener implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(ChangeListener.class);

  private final Callable<Connection> connect;
  private final Runnable check;
  private final Duration interval;
  private final Thread thread;
  private volatile boolean closed;
  private volatile Connection connection;

  /**
   * @param connect opens a new, dedicated connection
   * @param check compares versions and loads what changed; throws nothing
   * @param interval the longest time between two checks
   */
  public ChangeListener(Callable<Connection> connect, Runnable check, Duration interval) {
    this.connect = connect;
    this.check = check;
    this.interval = interval;
    this.thread = new Thread(this::run, "gatehouse-postgresql-listener");
    this.thread.setDaemon(true);
  }

  /** Starts listening. */
  public void start() {
    thread.start();
  }

  private void run() {
    long pause = 50;
    while (!closed) {
      try (Connection c = connect.call()) {
        connection = c;
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + AccountTables.CHANNEL);
        }
        pause = 50;
        check.run();
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!closed) {
          PGNotification[] notes = pg.getNotifications((int) interval.toMillis());
          if (notes == null) {
            // Nothing heard: make sure the connection is alive before trusting the silence.
            try (Statement s = c.createStatement()) {
              s.execute("SELECT 1");
            }
          }
          check.run();
        }
      } catch (Exception e) {
        if (closed) {
          return;
        }
        LOG.warn("the change listener's connection failed ({}); reconnecting in {} ms", e.toString(), pause);
        try {
          Thread.sleep(pause);
        } catch (InterruptedException ie) {
          return;
        }
        pause = Math.min(pause * 2, 5000);
      } finally {
        connection = null;
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    Connection c = connection;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
    thread.interrupt();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
