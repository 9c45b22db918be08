package io.gatehouse.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {
  private final IamFixture f = new IamFixture();
  private final IamService iam = f.iam;

  private static List<String> names(IamPage<IamUser> page) {
    return page.items().stream().map(IamUser::userName).toList();
  }

  @Test
  void pagesThroughEveryItemOnceWithOpaqueMarkers() {
    for (String n : List.of("e", "b", "a", "d", "c")) {
      iam.createUser(n, null, null, null);
    }
    IamPage<IamUser> first = iam.listUsers(null, null, 2);
    assertEquals(List.of("a", "b"), names(first));
    assertTrue(first.isTruncated());
    assertFalse(first.marker().contains("c"), "markers are opaque");
    IamPage<IamUser> second = iam.listUsers(null, first.marker(), 2);
    assertEquals(List.of("c", "d"), names(second));
    IamPage<IamUser> last = iam.listUsers(null, second.marker(), 2);
    assertEquals(List.of("e"), names(last));
    assertFalse(last.isTruncated());
    assertNull(last.marker());
    assertTrue(last.nextMarker().isEmpty());
  }

  @Test
  void aPageBoundaryStaysPutWhenItemsChange() {
    for (String n : List.of("a", "b", "c", "d")) {
      iam.createUser(n, null, null, null);
    }
    IamPage<IamUser> first = iam.listUsers(null, null, 2);
    iam.createUser("aa", null, null, null);
    iam.deleteUser("c");
    assertEquals(List.of("d"), names(iam.listUsers(null, first.marker(), 2)));
  }

  @Test
  void defaultsToAHundredItems() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      created.add(String.format("user%03d", i));
      iam.createUser(created.get(i), null, null, null);
    }
    IamPage<IamUser> page = iam.listUsers(null, null, null);
    assertEquals(100, page.items().size());
    assertTrue(page.isTruncated());
    assertEquals(List.of("user100"), names(iam.listUsers(null, page.marker(), 1000)));
  }

  @Test
  void refusesMaxItemsOutOfRangeAndForeignMarkers() {
    f.refused(() -> iam.listUsers(null, null, 0), "ValidationError", 400,
        "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 1");
    f.refused(() -> iam.listUsers(null, null, 1001), "ValidationError", 400,
        "1 validation error detected: Value '1001' at 'maxItems' failed to satisfy constraint: "
            + "Member must have value less than or equal to 1000");
    f.refused(() -> iam.listRoles(null, "not-a-marker!", null), "InvalidInput", 400,
        "The marker not-a-marker! is not valid.");
    f.refused(() -> iam.listRoles(null, "bm90IG91cnM", null), "InvalidInput", 400, null);
    f.refused(() -> iam.listGroups(null, "", null), "ValidationError", 400, null);
  }

  @Test
  void everyListPages() {
    iam.createUser("alice", null, null, null);
    iam.createGroup("g1", null);
    iam.createGroup("g2", null);
    iam.addUserToGroup("g1", "alice");
    iam.addUserToGroup("g2", "alice");
    IamPage<IamGroup> groups = iam.listGroupsForUser("alice", null, 1);
    assertEquals("g1", groups.items().get(0).groupName());
    assertEquals("g2", iam.listGroupsForUser("alice", groups.marker(), 1).items().get(0).groupName());
    IamGroupMembers members = iam.getGroup("g1", null, 1);
    assertFalse(members.users().isTruncated());
    iam.putUserPolicy("alice", "p1", IamFixture.allow("s3:*", "*"));
    iam.putUserPolicy("alice", "p2", IamFixture.allow("s3:*", "*"));
    IamPage<String> policies = iam.listUserPolicies("alice", null, 1);
    assertEquals(List.of("p1"), policies.items());
    assertEquals(List.of("p2"), iam.listUserPolicies("alice", policies.marker(), 1).items());
  }
}
