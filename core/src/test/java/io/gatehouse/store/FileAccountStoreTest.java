package io.gatehouse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Tag;
import io.gatehouse.identity.User;
import io.gatehouse.policy.InvalidPolicyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAccountStoreTest {
  @TempDir Path dir;

  private Path accountFile() throws Exception {
    Path p = dir.resolve("account.yaml");
    Files.writeString(p, """
        AccountId: "123456789012"
        UserDetailList:
          - UserName: alice
        """);
    return p;
  }

  private static Account tagAlice(Account a, String value) {
    User alice = a.user("alice").orElseThrow();
    var b = alice.toBuilder();
    b.tags().add(new Tag("team", value));
    return a.toBuilder().putUser(b.build()).build();
  }

  @Test
  void aChangeIsSavedBeforeItIsInForce() throws Exception {
    Path file = accountFile();
    try (FileAccountStore store = FileAccountStore.open(List.of(file))) {
      Account saved = store.update("123456789012", a -> tagAlice(a, "blue"));
      assertEquals(2, saved.version());
      Account reread = new AccountFiles().read(file);
      assertEquals(List.of(new Tag("team", "blue")), reread.user("alice").orElseThrow().tags());
      assertEquals(saved, store.snapshot().account("123456789012").orElseThrow());
    }
  }

  @Test
  void anEditOnDiskIsNeverOverwritten() throws Exception {
    Path file = accountFile();
    try (FileAccountStore store = FileAccountStore.open(List.of(file))) {
      String edited = Files.readString(file) + "  - UserName: carol\n";
      Files.writeString(file, edited);
      StoreException e = assertThrows(StoreException.class, () -> store.update("123456789012", a -> tagAlice(a, "x")));
      assertTrue(e.getMessage().contains("changed by someone else"), e.getMessage());
      assertEquals(edited, Files.readString(file));
      assertEquals(1, store.snapshot().account("123456789012").orElseThrow().version());
    }
  }

  @Test
  void aFailingChangeLeavesFileAndSnapshot() throws Exception {
    Path file = accountFile();
    String before = Files.readString(file);
    try (FileAccountStore store = FileAccountStore.open(List.of(file))) {
      assertThrows(IllegalStateException.class, () -> store.update("123456789012", a -> {
        throw new IllegalStateException("refused");
      }));
      assertEquals(before, Files.readString(file));
    }
  }

  @Test
  void invalidFilesAreRefusedWithEveryProblem() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "AccountId: \"123456789012\"\nUserDetailList:\n  - UserName: alice\n    GroupList: [nope]\n");
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> FileAccountStore.open(List.of(bad)));
    assertTrue(e.getMessage().contains("bad.yaml:4:17: UserDetailList[0].GroupList[0]: group \"nope\" does not exist"),
        e.getMessage());
  }
}
