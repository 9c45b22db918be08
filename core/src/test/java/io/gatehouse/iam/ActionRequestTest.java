package io.gatehouse.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.iam.IamParameter.Type;
import io.gatehouse.identity.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionRequestTest {
  private static final IamActionDescription ACTION = new IamActionDescription("Test", "A test action.", List.of(
      IamParameter.required("Name"), IamParameter.optional("MaxItems", Type.INTEGER),
      IamParameter.optional("SetAsDefault", Type.BOOLEAN), IamParameter.optional("TagKeys", Type.STRING_LIST),
      IamParameter.optional("Tags", Type.TAG_LIST), IamParameter.optional("Password", Type.PASSWORD)));

  private static ActionRequest request(String... pairs) {
    return new ActionRequest(ACTION, ActionFixture.params(pairs), null);
  }

  private static IamException refused(org.junit.jupiter.api.function.Executable call) {
    IamException e = assertThrows(IamException.class, call);
    assertEquals("ValidationError", e.code());
    assertEquals(400, e.httpStatus());
    return e;
  }

  @Test
  void readsRequiredAndOptionalText() {
    assertEquals("alice", request("Name", "alice").string("Name"));
    assertEquals("1 validation error detected: Value null at 'name' failed to satisfy constraint: "
        + "Member must not be null", refused(() -> request().string("Name")).getMessage());
    assertNull(request("Name", "x").integer("MaxItems"));
  }

  @Test
  void parsesNumbersAndBooleansOrRefusesThem() {
    assertEquals(50, request("MaxItems", "50").integer("MaxItems"));
    assertEquals("1 validation error detected: Value 'lots' at 'maxItems' failed to satisfy constraint: "
        + "Member must be a number", refused(() -> request("MaxItems", "lots").integer("MaxItems")).getMessage());
    assertEquals(true, request("SetAsDefault", "true").bool("SetAsDefault"));
    assertEquals(false, request("SetAsDefault", "FALSE").bool("SetAsDefault"));
    assertEquals("1 validation error detected: Value 'yes' at 'setAsDefault' failed to satisfy constraint: "
        + "Member must be a boolean (true or false)",
        refused(() -> request("SetAsDefault", "yes").bool("SetAsDefault")).getMessage());
  }

  @Test
  void gathersListMembersInIndexOrder() {
    ActionRequest r = request("TagKeys.member.2", "b", "TagKeys.member.10", "c", "TagKeys.member.1", "a");
    assertEquals(List.of("a", "b", "c"), r.list("TagKeys"));
    assertNull(request().list("TagKeys"));
    refused(() -> request("TagKeys.member.x", "a").list("TagKeys"));
    refused(() -> request("TagKeys.member.0", "a").list("TagKeys"));
  }

  @Test
  void gathersTagsFromKeyAndValueMembers() {
    ActionRequest r = request("Tags.member.2.Key", "env", "Tags.member.1.Value", "blue", "Tags.member.1.Key",
        "team", "Tags.member.2.Value", "");
    assertEquals(List.of(new Tag("team", "blue"), new Tag("env", "")), r.tags("Tags"));
    assertEquals("1 validation error detected: Value null at 'tags.1.member.value' failed to satisfy constraint: "
        + "Member must not be null", refused(() -> request("Tags.member.1.Key", "team").tags("Tags")).getMessage());
    assertNull(request().tags("Tags"));
  }

  @Test
  void neverRepeatsAPassword() {
    char[] password = request("Password", "s3cret!").password("Password");
    assertEquals("s3cret!", new String(password));
    assertFalse(request().toString().contains("s3cret"));
  }

  @Test
  void undeclaredParametersAreAProgrammingError() {
    assertThrows(IllegalStateException.class, () -> request().string("UserName"));
  }
}
