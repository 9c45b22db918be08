package io.gatehouse.policy.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NodePathTest {

  @Test
  void joinsKeysWithDotsAndIndexesInBrackets() {
    NodePath p =
        NodePath.root()
            .key("Statement")
            .index(1)
            .key("Condition")
            .key("StringEquals")
            .key("aws:username");

    assertEquals("Statement[1].Condition.StringEquals.aws:username", p.toString());
    assertEquals(
        "UserDetailList[0].UserPolicyList[1].PolicyDocument",
        NodePath.root()
            .key("UserDetailList")
            .index(0)
            .key("UserPolicyList")
            .index(1)
            .key("PolicyDocument")
            .toString());
  }

  @Test
  void theRootIsEmpty() {
    assertTrue(NodePath.root().isRoot());
    assertEquals("", NodePath.root().toString());
    assertEquals("[2][0]", NodePath.root().index(2).index(0).toString());
  }

  @Test
  void refusesNegativeIndexes() {
    assertThrows(IllegalArgumentException.class, () -> NodePath.root().index(-1));
  }

  @Test
  void pathsWithTheSameTextAreEqual() {
    assertEquals(NodePath.root().key("a").index(0), NodePath.root().key("a").index(0));
    assertEquals(
        NodePath.root().key("a").index(0).hashCode(), NodePath.root().key("a").index(0).hashCode());
  }
}
