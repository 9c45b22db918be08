package io.gatehouse.console.internal;

/** Reed-Solomon error correction over GF(2^8) with QR codes' polynomial 0x11D. */
final class ReedSolomon {
  private ReedSolomon() {}

  /** The generator polynomial of the given degree, highest coefficient (1) omitted. */
  static byte[] generator(int degree) {
    byte[] result = new byte[degree];
    result[degree - 1] = 1;
    int root = 1;
    for (int i = 0; i < degree; i++) {
      for (int j = 0; j < degree; j++) {
        result[j] = (byte) multiply(result[j] & 0xFF, root);
        if (j + 1 < degree) {
          result[j] ^= result[j + 1];
        }
      }
      root = multiply(root, 0x02);
    }
    return result;
  }

  /** The error correction codewords of the data for the generator. */
  static byte[] remainder(byte[] data, byte[] generator) {
    byte[] result = new byte[generator.length];
    for (byte b : data) {
      int factor = (b ^ result[0]) & 0xFF;
      System.arraycopy(result, 1, result, 0, result.length - 1);
      result[result.length - 1] = 0;
      for (int i = 0; i < result.length; i++) {
        result[i] ^= (byte) multiply(generator[i] & 0xFF, factor);
      }
    }
    return result;
  }

  /** The product in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1. */
  static int multiply(int x, int y) {
    int z = 0;
    for (int i = 7; i >= 0; i--) {
      z = (z << 1) ^ ((z >>> 7) * 0x11D);
      z ^= ((y >>> i) & 1) * x;
    }
    return z & 0xFF;
  }
}
