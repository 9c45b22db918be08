package io.gatehouse.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {

  @Test
  void encodesAllButUnreservedCharactersAsUpperCaseUtf8Escapes() {
    assertEquals("%E1%88%B4%20~%2A%2B%2F-._AZaz09", PercentEncoding.encode("\u1234 ~*+/-._AZaz09"));
  }

  @Test
  void decodesEscapesButLeavesPlusAndMalformedEscapesAlone() {
    assertEquals("a/b", PercentEncoding.decode("a%2Fb"));
    assertEquals("a+b", PercentEncoding.decode("a+b"));
    assertEquals("\u1234", PercentEncoding.decode("%E1%88%B4"));
    assertEquals("100%", PercentEncoding.decode("100%"));
    assertEquals("%zz", PercentEncoding.decode("%zz"));
    assertEquals("%25zz", PercentEncoding.encode(PercentEncoding.decode("%zz")));
  }
}
