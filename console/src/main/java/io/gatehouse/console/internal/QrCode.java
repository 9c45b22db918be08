package io.gatehouse.console.internal;

import java.nio.charset.StandardCharsets;

/**
 * A QR code (ISO/IEC 18004) of a text in byte mode at error correction level M, the smallest
 * version that holds it; the mask is chosen by the standard's penalty rules. Enough for the
 * {@code otpauth://} URIs of MFA enrolment. Immutable.
 */
public final class QrCode {
  // Error correction codewords per block and number of blocks at level M, by version (index 0 unused).
  private static final int[] ECC_PER_BLOCK = {-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28,
      28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28};
  private static final int[] BLOCKS = {-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17,
      18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49};
  /** Level M's two format bits. */
  private static final int LEVEL_M = 0;

  private final int version;
  private final int size;
  private final boolean[][] dark;
  private final boolean[][] function;
  private final int mask;

  private QrCode(int version, byte[] data, int forcedMask) {
    this.version = version;
    this.size = version * 4 + 17;
    this.dark = new boolean[size][size];
    this.function = new boolean[size][size];
    drawFunctionPatterns();
    byte[] codewords = interleave(data);
    drawCodewords(codewords);
    int chosen = forcedMask;
    if (chosen < 0) {
      int best = Integer.MAX_VALUE;
      for (int m = 0; m < 8; m++) {
        applyMask(m);
        drawFormatBits(m);
        int penalty = penalty();
        if (penalty < best) {
          best = penalty;
          chosen = m;
        }
        applyMask(m);
      }
    }
    applyMask(chosen);
    drawFormatBits(chosen);
    this.mask = chosen;
  }

  /**
   * The QR code of the text (UTF-8).
   *
   * @throws IllegalArgumentException if the text is too long for any version
   */
  public static QrCode encode(String text) {
    return encode(text, -1);
  }

  /** As {@link #encode(String)} with a given mask (0-7), or -1 to choose the best. */
  static QrCode encode(String text, int mask) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int v = 1; v <= 40; v++) {
      int capacityBits = dataCodewords(v) * 8;
      int needed = 4 + (v <= 9 ? 8 : 16) + bytes.length * 8;
      if (needed <= capacityBits) {
        return new QrCode(v, dataCodewords(bytes, v), mask);
      }
    }
    throw new IllegalArgumentException("text too long for a QR code: " + bytes.length + " bytes");
  }

  /** The version (1-40). */
  public int version() {
    return version;
  }

  /** Modules per side. */
  public int size() {
    return size;
  }

  /** The mask used (0-7). */
  public int mask() {
    return mask;
  }

  /** True if the module at column x, row y is dark. */
  public boolean isDark(int x, int y) {
    return x >= 0 && y >= 0 && x < size && y < size && dark[y][x];
  }

  static int rawModules(int v) {
    int result = (16 * v + 128) * v + 64;
    if (v >= 2) {
      int align = v / 7 + 2;
      result -= (25 * align - 10) * align - 55;
      if (v >= 7) {
        result -= 36;
      }
    }
    return result;
  }

  static int dataCodewords(int v) {
    return rawModules(v) / 8 - ECC_PER_BLOCK[v] * BLOCKS[v];
  }

  private static byte[] dataCodewords(byte[] bytes, int v) {
    BitBuffer bits = new BitBuffer();
    bits.append(0b0100, 4);
    bits.append(bytes.length, v <= 9 ? 8 : 16);
    for (byte b : bytes) {
      bits.append(b & 0xFF, 8);
    }
    int capacity = dataCodewords(v) * 8;
    bits.append(0, Math.min(4, capacity - bits.length()));
    bits.append(0, (8 - bits.length() % 8) % 8);
    for (int pad = 0xEC; bits.length() < capacity; pad ^= 0xEC ^ 0x11) {
      bits.append(pad, 8);
    }
    return bits.toBytes();
  }

  /** Splits the data into blocks, adds each block's Reed-Solomon codewords, interleaves. */
  private byte[] interleave(byte[] data) {
    int blocks = BLOCKS[version];
    int ecc = ECC_PER_BLOCK[version];
    int raw = rawModules(version) / 8;
    int shortBlocks = blocks - raw % blocks;
    int shortLen = raw / blocks;
    byte[] divisor = ReedSolomon.generator(ecc);
    byte[][] all = new byte[blocks][];
    for (int i = 0, k = 0; i < blocks; i++) {
      int dataLen = shortLen - ecc + (i < shortBlocks ? 0 : 1);
      byte[] dat = java.util.Arrays.copyOfRange(data, k, k + dataLen);
      k += dataLen;
      byte[] rem = ReedSolomon.remainder(dat, divisor);
      byte[] block = new byte[shortLen + 1];
      System.arraycopy(dat, 0, block, 0, dat.length);
      System.arraycopy(rem, 0, block, block.length - ecc, ecc);
      all[i] = block;
    }
    byte[] out = new byte[raw];
    int n = 0;
    for (int i = 0; i < all[0].length; i++) {
      for (int j = 0; j < blocks; j++) {
        // Short blocks have no codeword at the position of the long blocks' extra data codeword.
        if (i != shortLen - ecc || j >= shortBlocks) {
          out[n++] = all[j][i];
        }
      }
    }
    return out;
  }

  private void drawFunctionPatterns() {
    for (int i = 0; i < size; i++) {
      set(6, i, i % 2 == 0);
      set(i, 6, i % 2 == 0);
    }
    finder(3, 3);
    finder(size - 4, 3);
    finder(3, size - 4);
    int[] align = alignmentPositions();
    for (int i = 0; i < align.length; i++) {
      for (int j = 0; j < align.length; j++) {
        boolean corner = i == 0 && j == 0 || i == 0 && j == align.length - 1 || i == align.length - 1 && j == 0;
        if (!corner) {
          for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
              set(align[i] + dx, align[j] + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
            }
          }
        }
      }
    }
    drawFormatBits(0);
    drawVersion();
  }

  private void finder(int cx, int cy) {
    for (int dy = -4; dy <= 4; dy++) {
      for (int dx = -4; dx <= 4; dx++) {
        int d = Math.max(Math.abs(dx), Math.abs(dy));
        int x = cx + dx;
        int y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) {
          set(x, y, d != 2 && d != 4);
        }
      }
    }
  }

  private int[] alignmentPositions() {
    if (version == 1) {
      return new int[0];
    }
    int count = version / 7 + 2;
    int step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
    int[] result = new int[count];
    result[0] = 6;
    for (int i = count - 1, pos = size - 7; i >= 1; i--, pos -= step) {
      result[i] = pos;
    }
    return result;
  }

  /** The 15 format bits (level and mask, BCH-protected, masked) as the standard defines them. */
  static int formatBits(int mask) {
    int data = LEVEL_M << 3 | mask;
    int rem = data;
    for (int i = 0; i < 10; i++) {
      rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
    }
    return (data << 10 | rem) ^ 0x5412;
  }

  private void drawFormatBits(int mask) {
    int bits = formatBits(mask);
    for (int i = 0; i <= 5; i++) {
      set(8, i, bit(bits, i));
    }
    set(8, 7, bit(bits, 6));
    set(8, 8, bit(bits, 7));
    set(7, 8, bit(bits, 8));
    for (int i = 9; i < 15; i++) {
      set(14 - i, 8, bit(bits, i));
    }
    for (int i = 0; i < 8; i++) {
      set(size - 1 - i, 8, bit(bits, i));
    }
    for (int i = 8; i < 15; i++) {
      set(8, size - 15 + i, bit(bits, i));
    }
    set(8, size - 8, true);
  }

  private void drawVersion() {
    if (version < 7) {
      return;
    }
    int rem = version;
    for (int i = 0; i < 12; i++) {
      rem = (rem << 1) ^ ((rem >>> 11) * 0x1F25);
    }
    int bits = version << 12 | rem;
    for (int i = 0; i < 18; i++) {
      boolean b = bit(bits, i);
      int a = size - 11 + i % 3;
      int c = i / 3;
      set(a, c, b);
      set(c, a, b);
    }
  }

  private void drawCodewords(byte[] data) {
    int i = 0;
    for (int right = size - 1; right >= 1; right -= 2) {
      if (right == 6) {
        right = 5;
      }
      for (int vert = 0; vert < size; vert++) {
        for (int j = 0; j < 2; j++) {
          int x = right - j;
          boolean upward = ((right + 1) & 2) == 0;
          int y = upward ? size - 1 - vert : vert;
          if (!function[y][x] && i < data.length * 8) {
            dark[y][x] = bit(data[i >>> 3], 7 - (i & 7));
            i++;
          }
        }
      }
    }
  }

  private void applyMask(int m) {
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean invert = switch (m) {
          case 0 -> (x + y) % 2 == 0;
          case 1 -> y % 2 == 0;
          case 2 -> x % 3 == 0;
          case 3 -> (x + y) % 3 == 0;
          case 4 -> (x / 3 + y / 2) % 2 == 0;
          case 5 -> x * y % 2 + x * y % 3 == 0;
          case 6 -> (x * y % 2 + x * y % 3) % 2 == 0;
          default -> ((x + y) % 2 + x * y % 3) % 2 == 0;
        };
        if (invert && !function[y][x]) {
          dark[y][x] = !dark[y][x];
        }
      }
    }
  }

  /** The standard's penalty score (lower is easier to scan). */
  int penalty() {
    int result = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int a = 0; a < size; a++) {
        int run = 1;
        StringBuilder line = new StringBuilder(size);
        for (int b = 0; b < size; b++) {
          boolean d = pass == 0 ? dark[a][b] : dark[b][a];
          line.append(d ? '1' : '0');
          if (b > 0 && d == (pass == 0 ? dark[a][b - 1] : dark[b - 1][a])) {
            run++;
            if (run == 5) {
              result += 3;
            } else if (run > 5) {
              result++;
            }
          } else {
            run = 1;
          }
        }
        String s = "0000" + line + "0000";
        for (int k = s.indexOf("1011101"); k >= 0; k = s.indexOf("1011101", k + 1)) {
          if (s.startsWith("0000", k - 4) || s.startsWith("0000", k + 7)) {
            result += 40;
          }
        }
      }
    }
    int darkCount = 0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        darkCount += dark[y][x] ? 1 : 0;
        if (x < size - 1 && y < size - 1 && dark[y][x] == dark[y][x + 1] && dark[y][x] == dark[y + 1][x]
            && dark[y][x] == dark[y + 1][x + 1]) {
          result += 3;
        }
      }
    }
    int total = size * size;
    int k = (Math.abs(darkCount * 20 - total * 10) + total - 1) / total - 1;
    return result + Math.max(k, 0) * 10;
  }

  private void set(int x, int y, boolean isDark) {
    dark[y][x] = isDark;
    function[y][x] = true;
  }

  private static boolean bit(int x, int i) {
    return ((x >>> i) & 1) != 0;
  }

  /** Bits appended most significant first. */
  private static final class BitBuffer {
    private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    private int current;
    private int length;

    void append(int value, int count) {
      for (int i = count - 1; i >= 0; i--) {
        current = current << 1 | (value >>> i & 1);
        length++;
        if (length % 8 == 0) {
          out.write(current);
          current = 0;
        }
      }
    }

    int length() {
      return length;
    }

    byte[] toBytes() {
      return out.toByteArray();
    }
  }
}
