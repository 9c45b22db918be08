package io.gatehouse.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormParametersTest {
  @Test
  void decodesPlusAndPercentEscapesAsUtf8() {
    assertEquals(Map.of("Action", "CreateUser", "Path", "/a b/", "UserName", "jürgen", "Empty", "", "Flag", ""),
        FormParameters.decode("Action=CreateUser&Path=%2Fa+b%2F", "UserName=j%C3%BCrgen&Empty=&Flag"));
  }

  @Test
  void theFirstValueOfARepeatedNameWins() {
    assertEquals(Map.of("A", "1"), FormParameters.decode("A=1", "A=2"));
  }

  @Test
  void refusesMalformedEscapesAndBytesThatAreNotUtf8() {
    assertThrows(IllegalArgumentException.class, () -> FormParameters.decode("A=%zz", ""));
    assertThrows(IllegalArgumentException.class, () -> FormParameters.decode("A=%4", ""));
    assertThrows(IllegalArgumentException.class, () -> FormParameters.decode("A=%C3", ""));
  }
}
