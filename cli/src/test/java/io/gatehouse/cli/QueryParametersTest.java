package io.gatehouse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.iam.IamParameter;
import io.gatehouse.iam.IamParameter.Type;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryParametersTest {
  @TempDir Path dir;

  private static Map<String, String> put(IamParameter p, Object value) {
    QueryParameters q = new QueryParameters();
    q.put(p, "--option", value);
    return q.asMap();
  }

  @Test
  void writesTagsFromShorthandOrJsonAsMembers() {
    IamParameter tags = new IamParameter("Tags", Type.TAG_LIST, false);
    Map<String, String> expected = Map.of("Tags.member.1.Key", "team", "Tags.member.1.Value", "blue",
        "Tags.member.2.Key", "env", "Tags.member.2.Value", "prod");
    assertEquals(expected, put(tags, List.of("Key=team,Value=blue", "Value=prod,Key=env")));
    assertEquals(expected, put(tags, List.of("[{\"Key\": \"team\", \"Value\": \"blue\"}, {\"Key\": \"env\", "
        + "\"Value\": \"prod\"}]")));
    assertThrows(IllegalArgumentException.class, () -> put(tags, List.of("team=blue")));
    assertThrows(IllegalArgumentException.class, () -> put(tags, List.of("[{\"Value\": \"x\"}]")));
  }

  @Test
  void writesContextEntriesFromShorthandOrJson() {
    IamParameter entries = new IamParameter("ContextEntries", Type.CONTEXT_ENTRY_LIST, false);
    assertEquals(Map.of("ContextEntries.member.1.ContextKeyName", "aws:SourceIp",
        "ContextEntries.member.1.ContextKeyType", "ip",
        "ContextEntries.member.1.ContextKeyValues.member.1", "10.0.0.1"),
        put(entries, List.of("ContextKeyName=aws:SourceIp,ContextKeyValues=10.0.0.1,ContextKeyType=ip")));
    assertEquals(Map.of("ContextEntries.member.1.ContextKeyName", "aws:TagKeys",
        "ContextEntries.member.1.ContextKeyType", "stringList",
        "ContextEntries.member.1.ContextKeyValues.member.1", "a",
        "ContextEntries.member.1.ContextKeyValues.member.2", "b"),
        put(entries, List.of("[{\"ContextKeyName\": \"aws:TagKeys\", \"ContextKeyValues\": [\"a\", \"b\"], "
            + "\"ContextKeyType\": \"stringList\"}]")));
    assertThrows(IllegalArgumentException.class, () -> put(entries, List.of("ContextKeyValues=1")));
    assertThrows(IllegalArgumentException.class, () -> put(entries, List.of("[{\"ContextKeyValues\": [\"1\"]}]")));
  }

  @Test
  void writesListsFromValuesOrAJsonArray() {
    IamParameter keys = new IamParameter("TagKeys", Type.STRING_LIST, true);
    assertEquals(Map.of("TagKeys.member.1", "a", "TagKeys.member.2", "b"), put(keys, List.of("a", "b")));
    assertEquals(Map.of("TagKeys.member.1", "a", "TagKeys.member.2", "b"), put(keys, List.of("[\"a\", \"b\"]")));
  }

  @Test
  void readsFileValuesAndWritesScalars() throws Exception {
    Path doc = dir.resolve("p.json");
    Files.writeString(doc, "{\"Version\": \"2012-10-17\"}");
    IamParameter document = new IamParameter("PolicyDocument", Type.POLICY_DOCUMENT, true);
    assertEquals(Map.of("PolicyDocument", "{\"Version\": \"2012-10-17\"}"), put(document, "file://" + doc));
    assertEquals(Map.of("PolicyDocument", "{}"), put(document, "{}"));
    assertThrows(UncheckedIOException.class, () -> put(document, "file://" + dir.resolve("missing.json")));
    assertEquals(Map.of("SetAsDefault", "false"), put(new IamParameter("SetAsDefault", Type.BOOLEAN, false), false));
    assertEquals(Map.of("MaxItems", "5"), put(new IamParameter("MaxItems", Type.INTEGER, false), 5));
    assertEquals(Map.of(), put(new IamParameter("Path", Type.STRING, false), null));
  }
}
