package io.gatehouse.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical URI, query and headers; expected values are what botocore 1.43 produces. */
class CanonicalRequestTest {

  @Test
  void encodesTheAlreadyEncodedPathAgain() {
    assertEquals("/a%2520b/c", CanonicalRequest.uri("/a%20b/c"));
    assertEquals("/%25E1%2588%25B4", CanonicalRequest.uri("/%E1%88%B4"));
    assertEquals("/a%20b", CanonicalRequest.uri("/a b"));
    assertEquals("/foo%3Abar%40x", CanonicalRequest.uri("/foo:bar@x"));
    assertEquals("/c~d-e_f.g", CanonicalRequest.uri("/c~d-e_f.g"));
  }

  @Test
  void removesDotSegmentsAndEmptySegments() {
    assertEquals("/", CanonicalRequest.uri("/"));
    assertEquals("/", CanonicalRequest.uri(""));
    assertEquals("/example/", CanonicalRequest.uri("//example//"));
    assertEquals("/b/c", CanonicalRequest.uri("/example/../b/./c"));
    assertEquals("/", CanonicalRequest.uri("/.."));
    assertEquals("/", CanonicalRequest.uri("/a/.."));
  }

  @Test
  void aPathThatIsAlreadyCanonicalIsKeptAsSent() {
    assertEquals("/orders/7", CanonicalRequest.uri("/orders/7"));
    assertEquals("/a/", CanonicalRequest.uri("/a/"));
    assertEquals("/.a/b.", CanonicalRequest.uri("/.a/b."));
    assertEquals("/.../x", CanonicalRequest.uri("/.../x"));
    // Just past what can be kept: an empty or dot segment, a character to encode, no leading slash.
    assertEquals("/a/", CanonicalRequest.uri("/a//"));
    assertEquals("/a", CanonicalRequest.uri("/a/."));
    assertEquals("/b", CanonicalRequest.uri("/a/../b"));
    assertEquals("/a/b", CanonicalRequest.uri("/a/./b"));
    assertEquals("/a%2A", CanonicalRequest.uri("/a*"));
    assertEquals("/a", CanonicalRequest.uri("a"));
  }

  @Test
  void sortsTheQueryByEncodedNameThenValue() {
    assertEquals("a=0&a=1&b=2&c=", CanonicalRequest.query(QueryParameter.parse("b=2&a=1&a=0&c")));
    assertEquals("A=0&B=1&a=1", CanonicalRequest.query(QueryParameter.parse("a=1&B=1&A=0")));
  }

  @Test
  void reEncodesTheQueryPerRfc3986() {
    assertEquals("k=a%20b&p=%2Fdivision%2F&plus=a%2Bb&t=~",
        CanonicalRequest.query(QueryParameter.parse("plus=a+b&t=%7e&p=/division/&k=a%20b")));
  }

  @Test
  void trimsHeaderValuesCollapsesSpacesAndJoinsRepeatedHeaders() {
    SignedRequest r = SignedRequest.builder().header("Host", " example.amazonaws.com ")
        .header("My-Header1", "  a   b   c  ").header("my-header1", "d").payload("").build();
    assertEquals("host:example.amazonaws.com\nmy-header1:a b c,d\n",
        CanonicalRequest.headers(r, List.of("host", "my-header1")));
  }

  @Test
  void collapsesOnlySpacesAndKeepsValuesWithoutRunsAsTheyAre() {
    assertEquals("a b\t\tc d", CanonicalRequest.headerValue("\t a  b\t\tc     d \n"));
    assertEquals("plain value", CanonicalRequest.headerValue("plain value"));
    assertEquals("", CanonicalRequest.headerValue("   "));
  }

  @Test
  void buildsTheWholeCanonicalRequestOfAwsExample() {
    SignedRequest r = SignedRequest.builder().method("GET").rawPath("/").rawQuery("Param2=value2&Param1=value1")
        .header("Host", "example.amazonaws.com").header("X-Amz-Date", "20150830T123600Z").payload("").build();
    assertEquals("GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
        + "host;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        CanonicalRequest.of(r, QueryParameter.parse(r.rawQuery()), List.of("host", "x-amz-date"), r.payloadSha256()));
  }
}
