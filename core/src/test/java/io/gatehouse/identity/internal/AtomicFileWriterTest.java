package io.gatehouse.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
  @TempDir Path dir;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void createsANewFileReadableByItsOwnerOnly() throws Exception {
    Path file = dir.resolve("account.yaml");
    new AtomicFileWriter().write(file, bytes("new"));
    assertEquals("new", Files.readString(file));
    assertEquals(List.of("account.yaml"), names());
    if (posix()) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
  }

  @Test
  void replacesAFileAndKeepsItsPermissions() throws Exception {
    Path file = dir.resolve("account.yaml");
    Files.writeString(file, "old content that is longer");
    if (posix()) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    }
    new AtomicFileWriter().write(file, bytes("new"));
    assertEquals("new", Files.readString(file));
    assertEquals(List.of("account.yaml"), names());
    if (posix()) {
      assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
  }

  @Test
  void aWriteThatFailsBeforeTheRenameLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path file = dir.resolve("account.yaml");
    Files.writeString(file, "old");
    List<Path> seen = new ArrayList<>();
    AtomicFileWriter failing =
        new AtomicFileWriter(
            temporary -> {
              seen.add(temporary);
              assertEquals("new", Files.readString(temporary), "the content was complete");
              throw new IOException("disk full");
            });
    IOException e = assertThrows(IOException.class, () -> failing.write(file, bytes("new")));
    assertEquals("disk full", e.getMessage());
    assertEquals("old", Files.readString(file));
    assertEquals(List.of("account.yaml"), names());
    assertEquals(dir.toAbsolutePath(), seen.get(0).getParent(), "written beside the target");
  }

  @Test
  void aRuntimeFailureAlsoRemovesTheTemporaryFile() throws Exception {
    Path file = dir.resolve("account.yaml");
    AtomicFileWriter failing =
        new AtomicFileWriter(
            temporary -> {
              throw new IllegalStateException("bug");
            });
    assertThrows(IllegalStateException.class, () -> failing.write(file, bytes("new")));
    assertEquals(List.of(), names());
  }

  @Test
  void aRenameThatFailsLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("account.yaml");
    Files.createDirectories(target.resolve("occupied"));
    assertThrows(IOException.class, () -> new AtomicFileWriter().write(target, bytes("new")));
    assertEquals(List.of("account.yaml"), names());
    assertTrue(Files.isDirectory(target.resolve("occupied")));
  }

  @Test
  void aMissingDirectoryFailsWithoutCreatingAnything() {
    Path file = dir.resolve("missing/account.yaml");
    assertThrows(IOException.class, () -> new AtomicFileWriter().write(file, bytes("x")));
    assertTrue(Files.notExists(dir.resolve("missing")));
  }

  @Test
  void concurrentWritesLeaveOneWholeContent() throws Exception {
    Path file = dir.resolve("account.yaml");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<String> contents = new ArrayList<>();
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String content = String.valueOf((char) ('a' + i)).repeat(10_000 + i);
      contents.add(content);
      done.add(
          pool.submit(
              () -> {
                new AtomicFileWriter().write(file, bytes(content));
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertTrue(contents.contains(Files.readString(file)));
    assertEquals(List.of("account.yaml"), names());
  }
}
