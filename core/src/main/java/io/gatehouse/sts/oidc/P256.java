package io.gatehouse.sts.oidc;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.util.Arrays;

/** The NIST P-256 curve (secp256r1) as ES256 uses it: key points and JWS signatures. */
final class P256 {
  /** The length of a coordinate, and of each of a signature's halves, in bytes. */
  static final int FIELD_BYTES = 32;

  private P256() {}

  /** The curve's domain parameters, from the JDK's own table. */
  static ECParameterSpec parameters() {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      return parameters.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      // Every Java SE 17 runtime supports secp256r1.
      throw new IllegalStateException("the P-256 curve is not available", e);
    }
  }

  /**
   * True if {@code point} lies on the curve: both coordinates in the field and y^2 = x^3 + ax + b
   * (mod p). A key off the curve is malformed, and can leak more than a bad signature.
   */
  static boolean isOnCurve(ECPoint point, ECParameterSpec curve) {
    BigInteger p = ((ECFieldFp) curve.getCurve().getField()).getP();
    BigInteger x = point.getAffineX();
    BigInteger y = point.getAffineY();
    if (x.signum() < 0 || x.compareTo(p) >= 0 || y.signum() < 0 || y.compareTo(p) >= 0) {
      return false;
    }
    BigInteger left = y.multiply(y).mod(p);
    BigInteger right =
        x.pow(3).add(curve.getCurve().getA().multiply(x)).add(curve.getCurve().getB()).mod(p);
    return left.equals(right);
  }

  /**
   * Converts a JWS ECDSA signature (RFC 7518, section 3.4: R and S as 32-byte big-endian numbers,
   * concatenated) to the DER {@code SEQUENCE {INTEGER r, INTEGER s}} that {@code SHA256withECDSA}
   * verifies.
   *
   * @return the DER encoding, or null if the signature is not 64 bytes or R or S is not in [1, n-1]
   *     (checked here as well as by the JDK, which once accepted zeros: CVE-2022-21449)
   */
  static byte[] derSignature(byte[] jws, ECParameterSpec curve) {
    if (jws.length != 2 * FIELD_BYTES) {
      return null;
    }
    BigInteger n = curve.getOrder();
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(jws, 0, FIELD_BYTES));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(jws, FIELD_BYTES, jws.length));
    if (r.signum() == 0 || s.signum() == 0 || r.compareTo(n) >= 0 || s.compareTo(n) >= 0) {
      return null;
    }
    byte[] rBytes = r.toByteArray();
    byte[] sBytes = s.toByteArray();
    // Each INTEGER is at most 33 bytes, so every length fits in one byte (short form).
    ByteArrayOutputStream der = new ByteArrayOutputStream(72);
    der.write(0x30);
    der.write(2 + rBytes.length + 2 + sBytes.length);
    der.write(0x02);
    der.write(rBytes.length);
    der.writeBytes(rBytes);
    der.write(0x02);
    der.write(sBytes.length);
    der.writeBytes(sBytes);
    return der.toByteArray();
  }
}
