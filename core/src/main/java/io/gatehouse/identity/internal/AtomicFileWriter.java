package io.gatehouse.identity.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces a file's content so that a crash or a failure at any point leaves either the old content
 * or the new, never a mix: the content goes to a temporary file in the same directory, is forced to
 * the storage device, then the temporary file is renamed over the target (atomically where the file
 * system can), and finally the directory is forced so the rename itself survives a crash. On any
 * failure the target is untouched and the temporary file is removed.
 *
 * <p>A new file is readable by its owner only (on POSIX file systems), as account files hold
 * secrets; a replaced file keeps its permissions. Thread-safe; concurrent writes of one target
 * leave one of the contents whole.
 */
public final class AtomicFileWriter {
  /** A step run after the temporary file is complete and before it replaces the target. */
  @FunctionalInterface
  public interface BeforeReplace {
    /**
     * Runs the step; throwing abandons the write.
     *
     * @param temporary the complete temporary file
     * @throws IOException to abandon the write
     */
    void run(Path temporary) throws IOException;
  }

  private final BeforeReplace beforeReplace;

  /** Creates a writer. */
  public AtomicFileWriter() {
    this(temporary -> {});
  }

  /**
   * Creates a writer that runs {@code beforeReplace} between writing and renaming: lets tests make
   * a write fail at its most delicate point.
   */
  public AtomicFileWriter(BeforeReplace beforeReplace) {
    this.beforeReplace = Objects.requireNonNull(beforeReplace, "beforeReplace");
  }

  /**
   * Replaces (or creates) {@code target} with {@code content}.
   *
   * @throws IOException if the content could not be written; the target is then unchanged
   */
  public void write(Path target, byte[] content) throws IOException {
    write(target, content, temporary -> {});
  }

  /**
   * Replaces (or creates) {@code target} with {@code content} if {@code check}, run at the last
   * moment (the new content complete on the device, just before the rename), does not throw: so
   * that a writer can make sure the target is still what it read, with the least time between that
   * check and the replacement.
   *
   * @throws IOException if the content could not be written or {@code check} threw; the target is
   *     then unchanged
   */
  public void write(Path target, byte[] content, BeforeReplace check) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temporary = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      keepPermissions(absolute, temporary);
      beforeReplace.run(temporary);
      check.run(temporary);
      move(temporary, absolute);
    } catch (Throwable failure) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleanup) {
        failure.addSuppressed(cleanup);
      }
      throw failure;
    }
    forceDirectory(dir);
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Gives the temporary file the permissions of the file it replaces, where POSIX allows. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (view != null && Files.exists(target)) {
      Set<PosixFilePermission> permissions = view.readAttributes().permissions();
      Files.setPosixFilePermissions(temporary, permissions);
    }
  }

  /**
   * Forces the directory entry of the rename to disk. Linux and macOS allow opening a directory for
   * this; Windows does not (and needs it less), so a failure to open it is not an error.
   */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // The content is already in place; only its durability across a power loss is weaker.
    }
  }
}
