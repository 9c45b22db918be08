package io.gatehouse.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** HMAC-SHA256 with the thread's Mac kept initialized: RFC 4231's test cases, keys alternating and changing. */
class HmacTest {
  // RFC 4231, test case 2: key "Jefe".
  private static final byte[] JEFE = "Jefe".getBytes(StandardCharsets.US_ASCII);
  private static final String JEFE_DATA = "what do ya want for nothing?";
  private static final String JEFE_MAC = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
  // RFC 4231, test case 1: twenty bytes of 0x0b.
  private static final String HI_DATA = "Hi There";
  private static final String HI_MAC = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7";

  @Test
  void eachCallUsesItsOwnKeyWhateverTheLastOneWas() {
    byte[] twenty = new byte[20];
    Arrays.fill(twenty, (byte) 0x0b);
    for (int i = 0; i < 3; i++) {
      assertEquals(JEFE_MAC, hex(Hmac.hmacSha256(JEFE, JEFE_DATA)));
      assertEquals(JEFE_MAC, hex(Hmac.hmacSha256(JEFE.clone(), JEFE_DATA)));
      assertEquals(HI_MAC, hex(Hmac.hmacSha256(twenty, HI_DATA)));
    }
  }

  @Test
  void aKeyChangedInPlaceIsNotTakenForTheOneBefore() {
    byte[] key = JEFE.clone();
    assertEquals(JEFE_MAC, hex(Hmac.hmacSha256(key, JEFE_DATA)));
    Arrays.fill(key, (byte) 0x0b);
    byte[] twentyInPlace = Arrays.copyOf(key, 20);
    Arrays.fill(twentyInPlace, (byte) 0x0b);
    assertEquals(HI_MAC, hex(Hmac.hmacSha256(twentyInPlace, HI_DATA)));
    // Same length as "Jefe", other bytes: a different MAC than Jefe's.
    String other = hex(Hmac.hmacSha256(key, JEFE_DATA));
    assertEquals(false, other.equals(JEFE_MAC));
    assertEquals(JEFE_MAC, hex(Hmac.hmacSha256(JEFE, JEFE_DATA)));
    assertEquals(other, hex(Hmac.hmacSha256(key, JEFE_DATA)));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
