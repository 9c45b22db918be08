package io.gatehouse.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import org.junit.jupiter.api.Test;

class P256Test {
  private static final ECParameterSpec CURVE = P256.parameters();

  @Test
  void parametersAreP256() {
    assertEquals(256, CURVE.getOrder().bitLength());
    assertEquals(
        new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16),
        CURVE.getOrder());
  }

  @Test
  void generatorAndGeneratedKeysAreOnTheCurve() {
    assertTrue(P256.isOnCurve(CURVE.getGenerator(), CURVE));
    assertTrue(P256.isOnCurve(((ECPublicKey) TestKeys.EC.getPublic()).getW(), CURVE));
  }

  @Test
  void otherPointsAreNot() {
    ECPoint g = CURVE.getGenerator();
    assertFalse(
        P256.isOnCurve(new ECPoint(g.getAffineX(), g.getAffineY().add(BigInteger.ONE)), CURVE));
    assertFalse(P256.isOnCurve(new ECPoint(BigInteger.ZERO, BigInteger.ZERO), CURVE));
    BigInteger p = ((java.security.spec.ECFieldFp) CURVE.getCurve().getField()).getP();
    // The same point with p added to x is congruent but outside the field.
    assertFalse(P256.isOnCurve(new ECPoint(g.getAffineX().add(p), g.getAffineY()), CURVE));
  }

  @Test
  void convertsRawSignatureToDer() {
    byte[] raw = new byte[64];
    raw[31] = 1; // r = 1
    raw[32] = (byte) 0x80; // s has its high bit set: DER needs a leading zero
    byte[] der = P256.derSignature(raw, CURVE);
    byte[] expectedS = new byte[33];
    expectedS[1] = (byte) 0x80;
    byte[] expected = new byte[2 + 3 + 2 + 33];
    expected[0] = 0x30;
    expected[1] = (byte) (3 + 2 + 33);
    expected[2] = 0x02;
    expected[3] = 1;
    expected[4] = 1;
    expected[5] = 0x02;
    expected[6] = 33;
    System.arraycopy(expectedS, 0, expected, 7, 33);
    assertArrayEquals(expected, der);
  }

  @Test
  void derRoundTripsThroughTheTestSignersConversion() {
    byte[] raw = new byte[64];
    for (int i = 0; i < 64; i++) {
      raw[i] = (byte) (i * 7 + 3);
    }
    raw[0] = 0x7F; // keep r below the order
    raw[32] = 0x7F;
    assertArrayEquals(raw, TestJwtSigner.derToRaw(P256.derSignature(raw, CURVE)));
  }

  @Test
  void refusesWrongLengthsAndOutOfRangeValues() {
    assertNull(P256.derSignature(new byte[63], CURVE));
    assertNull(P256.derSignature(new byte[65], CURVE));
    assertNull(P256.derSignature(new byte[64], CURVE));
    byte[] order = TestKeys.fixed(CURVE.getOrder(), 32);
    byte[] rIsN = new byte[64];
    System.arraycopy(order, 0, rIsN, 0, 32);
    rIsN[63] = 1;
    assertNull(P256.derSignature(rIsN, CURVE));
    byte[] sIsZero = new byte[64];
    sIsZero[31] = 1;
    assertNull(P256.derSignature(sIsZero, CURVE));
  }
}
