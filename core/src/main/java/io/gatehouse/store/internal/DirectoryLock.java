package io.gatehouse.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on a directory's account files, held by one writer at a time across processes
 * (an OS file lock on {@code .gatehouse.lock} in the directory) and across stores in one process
 * (which the OS lock does not separate: the JVM reports an overlapping lock, and the writer waits).
 */
public final class DirectoryLock implements AutoCloseable {
  /** The lock file's name; folder stores skip it, as every name starting with a dot. */
  public static final String FILE_NAME = ".gatehouse.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, waiting at most {@code timeout}.
   *
   * @throws IOException if the lock file cannot be opened or the lock was not had in time
   */
  public static DirectoryLock acquire(Path directory, Duration timeout) throws IOException {
    FileChannel channel = FileChannel.open(directory.resolve(FILE_NAME),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        FileLock lock = null;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          // Another store of this JVM holds it.
        }
        if (lock != null) {
          return new DirectoryLock(channel, lock);
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("another writer holds " + directory.resolve(FILE_NAME)
              + " for longer than " + timeout);
        }
        Thread.sleep(2);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new IOException("interrupted while waiting for " + directory.resolve(FILE_NAME), e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
