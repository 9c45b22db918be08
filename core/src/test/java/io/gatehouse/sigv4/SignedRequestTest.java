package io.gatehouse.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedRequestTest {

  @Test
  void headersAreCaseInsensitiveAndKeepEveryValue() {
    SignedRequest r = SignedRequest.builder().header("X-Thing", "a").header("x-thing", "b").payload("").build();
    assertEquals(List.of("a", "b"), r.headerValues("X-THING"));
    assertEquals(Optional.of("a"), r.header("x-thing"));
    assertEquals(List.of(), r.headerValues("missing"));
  }

  @Test
  void aBuiltRequestKeepsItsHeadersWhenTheBuilderGoesOn() {
    SignedRequest.Builder b = SignedRequest.builder().header("Host", "example.com").header("X-Thing", "a")
        .payload("");
    SignedRequest first = b.build();
    SignedRequest second = b.header("x-thing", "b").header("X-Other", "c").build();
    assertEquals(List.of("a"), first.headerValues("x-thing"));
    assertEquals(Optional.empty(), first.header("X-Other"));
    assertEquals(List.of("a", "b"), second.headerValues("X-THING"));
    assertEquals(List.of("c"), second.headerValues("x-other"));
    assertEquals(List.of("Host", "X-Other", "X-Thing"), List.copyOf(second.headers().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> first.headers().put("X-New", List.of("d")));
    assertThrows(UnsupportedOperationException.class, () -> second.headerValues("X-Thing").add("e"));
  }

  @Test
  void headersGivenAsAMapAreCopied() {
    java.util.Map<String, List<String>> given = new java.util.LinkedHashMap<>();
    given.put("X-Thing", new java.util.ArrayList<>(List.of("a")));
    given.put("x-thing", List.of("b"));
    SignedRequest r = new SignedRequest("GET", "/", "", given, SignedRequest.builder().payload("").build()
        .payloadSha256());
    given.get("X-Thing").add("changed");
    assertEquals(List.of("a", "b"), r.headerValues("X-THING"));
    assertThrows(UnsupportedOperationException.class, () -> r.headerValues("x-thing").add("c"));
  }

  @Test
  void hashesThePayloadOrTakesItsHash() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        SignedRequest.builder().payload(new byte[0]).build().payloadSha256());
    assertEquals("9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
        SignedRequest.builder().payload("Param1=value1").build().payloadSha256());
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SignedRequest.builder()
        .payloadSha256("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855").build().payloadSha256());
    assertThrows(IllegalArgumentException.class, () -> SignedRequest.builder().payloadSha256("abc"));
    assertThrows(IllegalStateException.class, () -> SignedRequest.builder().build());
  }

  @Test
  void toStringShowsNoCredentials() {
    SignedRequest r = SignedRequest.builder().rawQuery("X-Amz-Security-Token=secret-token")
        .header("X-Amz-Security-Token", "secret-token").header("Authorization", "AWS4-HMAC-SHA256 Signature=ab")
        .payload("").build();
    assertFalse(r.toString().contains("secret-token"));
    assertFalse(r.toString().contains("Signature=ab"));
  }
}
