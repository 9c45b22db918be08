package io.gatehouse.store.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Calls a check when files in some directories may have changed: at once (after a quiet period,
 * so that a file written in several steps is read whole) when the file system reports an event,
 * and at every poll interval anyway, which catches events the watch service missed or merged (and
 * file systems without notification, such as some network mounts). The check itself compares
 * contents, so a spurious call costs a read. Runs on one daemon thread until closed.
 */
public final class FileChangeWatcher implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(FileChangeWatcher.class);

  private final WatchService service;
  private final Runnable check;
  private final Duration poll;
  private final Duration quiet;
  private final Thread thread;
  private volatile boolean closed;

  private FileChangeWatcher(WatchService service, Runnable check, Duration poll, Duration quiet) {
    this.service = service;
    this.check = check;
    this.poll = poll;
    this.quiet = quiet;
    this.thread = new Thread(this::run, "gatehouse-file-store-watcher");
    this.thread.setDaemon(true);
  }

  /**
   * Starts watching.
   *
   * @param directories the directories whose entries are watched
   * @param check run after changes and at every poll; must not throw
   * @param poll the longest time between two checks
   * @param quiet how long events must stop before the check runs
   * @throws IOException if the directories cannot be watched
   */
  public static FileChangeWatcher start(Collection<Path> directories, Runnable check, Duration poll,
      Duration quiet) throws IOException {
    WatchService service = FileSystems.getDefault().newWatchService();
    try {
      for (Path d : directories) {
        d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
    FileChangeWatcher w = new FileChangeWatcher(service, check, poll, quiet);
    w.thread.start();
    return w;
  }

  private void run() {
    try {
      while (!closed) {
        WatchKey key = service.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null && relevant(key)) {
          // Wait until the writer has stopped: no relevant event for a quiet period.
          WatchKey more;
          while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            relevant(more);
          }
        }
        runCheck();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed
    }
  }

  private void runCheck() {
    try {
      check.run();
    } catch (RuntimeException e) {
      // The check reports its own refusals; this is a defect, and watching must go on.
      LOG.error("checking account files for changes failed", e);
    }
  }

  /** Drains and resets a key: true if an event concerns a file that is not hidden. */
  private static boolean relevant(WatchKey key) {
    boolean any = false;
    for (WatchEvent<?> e : key.pollEvents()) {
      Object context = e.context();
      if (e.kind() == StandardWatchEventKinds.OVERFLOW
          || !(context instanceof Path p) || !p.getFileName().toString().startsWith(".")) {
        any = true;
      }
    }
    key.reset();
    return any;
  }

  @Override
  public void close() {
    closed = true;
    try {
      service.close();
    } catch (IOException e) {
      LOG.warn("closing the file watch service failed", e);
    }
    thread.interrupt();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
