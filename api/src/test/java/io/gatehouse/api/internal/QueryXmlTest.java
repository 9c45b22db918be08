package io.gatehouse.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryXmlTest {
  private static final String NS = "https://iam.amazonaws.com/doc/2010-05-08/";

  @Test
  void writesStructuresListsAndScalarsInOrder() {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("UserName", "a&b");
    user.put("CreateDate", Instant.parse("2026-01-02T03:04:05.123456Z"));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("Users", List.of(user));
    result.put("IsTruncated", false);
    result.put("Count", 3);
    String xml = QueryXml.response("ListUsers", NS, result, "req-1");
    assertEquals("""
        <?xml version="1.0" encoding="UTF-8"?>
        <ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
          <ListUsersResult>
            <Users>
              <member>
                <UserName>a&amp;b</UserName>
                <CreateDate>2026-01-02T03:04:05Z</CreateDate>
              </member>
            </Users>
            <IsTruncated>false</IsTruncated>
            <Count>3</Count>
          </ListUsersResult>
          <ResponseMetadata>
            <RequestId>req-1</RequestId>
          </ResponseMetadata>
        </ListUsersResponse>
        """, xml);
  }

  @Test
  void writesAwsMapsAsEntries() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("Users", 2);
    String xml = QueryXml.response("GetAccountSummary", NS, Map.of("SummaryMap", summary), "r");
    assertTrue(xml.contains("<SummaryMap>\n      <entry>\n        <key>Users</key>\n        <value>2</value>\n"
        + "      </entry>\n    </SummaryMap>"), xml);
  }

  @Test
  void anEmptyResultHasNoResultElement() {
    String xml = QueryXml.response("DeleteUser", NS, Map.of(), "r");
    assertFalse(xml.contains("DeleteUserResult"));
    assertTrue(xml.contains("<DeleteUserResponse xmlns=\"" + NS + "\">"));
  }

  @Test
  void errorsAreSenderOrReceiverByStatus() {
    String sender = QueryXml.error(NS, 404, "NoSuchEntity", "The user with name <x> cannot be found.", "r");
    assertTrue(sender.contains("<Type>Sender</Type>"));
    assertTrue(sender.contains("<Message>The user with name &lt;x&gt; cannot be found.</Message>"));
    assertTrue(sender.contains("</Error>\n  <RequestId>r</RequestId>\n</ErrorResponse>"));
    assertTrue(QueryXml.error(NS, 500, "ServiceFailure", "m", "r").contains("<Type>Receiver</Type>"));
  }

  @Test
  void dropsCharactersXmlCannotCarry() {
    assertEquals("ab&quot;&#13;\n", QueryXml.escape("a\u0000b\"\r\n"));
    assertEquals("plain", QueryXml.escape("plain"));
  }
}
