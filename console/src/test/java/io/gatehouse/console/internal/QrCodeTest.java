package io.gatehouse.console.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeTest {
  @Test
  void formatBitsAreTheStandardsForLevelM() {
    // ISO/IEC 18004 Table C.1, error correction level M, masks 0-7.
    int[] expected = {0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0};
    for (int mask = 0; mask < 8; mask++) {
      assertEquals(expected[mask], QrCode.formatBits(mask), "mask " + mask);
    }
  }

  @Test
  void byteCapacitiesAreTheStandardsAtLevelM() {
    // The largest byte-mode texts of versions 1-10 at level M (ISO/IEC 18004 Table 7).
    int[] capacity = {14, 26, 42, 62, 84, 106, 122, 152, 180, 213};
    for (int v = 1; v <= 10; v++) {
      assertEquals(v, QrCode.encode("a".repeat(capacity[v - 1])).version(), "fits version " + v);
      assertEquals(v + 1, QrCode.encode("a".repeat(capacity[v - 1] + 1)).version(), "overflows version " + v);
    }
  }

  @Test
  void drawsFinderAndTimingPatterns() {
    QrCode qr = QrCode.encode("otpauth://totp/Gatehouse:alice?secret=JBSWY3DPEHPK3PXP&issuer=Gatehouse");
    assertEquals(qr.version() * 4 + 17, qr.size());
    for (int[] corner : new int[][] {{0, 0}, {qr.size() - 7, 0}, {0, qr.size() - 7}}) {
      for (int i = 0; i < 7; i++) {
        assertTrue(qr.isDark(corner[0] + i, corner[1]), "finder top edge");
        assertTrue(qr.isDark(corner[0], corner[1] + i), "finder left edge");
      }
      assertTrue(qr.isDark(corner[0] + 3, corner[1] + 3), "finder centre");
      assertTrue(!qr.isDark(corner[0] + 1, corner[1] + 1), "finder ring");
    }
    for (int i = 8; i < qr.size() - 8; i++) {
      assertEquals(i % 2 == 0, qr.isDark(i, 6), "timing row at " + i);
      assertEquals(i % 2 == 0, qr.isDark(6, i), "timing column at " + i);
    }
    assertTrue(qr.isDark(8, qr.size() - 8), "the dark module");
  }

  @Test
  void reedSolomonCodewordsMakeEverySyndromeZero() {
    byte[] data = "Gatehouse QR".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] ecc = ReedSolomon.remainder(data, ReedSolomon.generator(10));
    byte[] all = new byte[data.length + ecc.length];
    System.arraycopy(data, 0, all, 0, data.length);
    System.arraycopy(ecc, 0, all, data.length, ecc.length);
    int alpha = 1;
    for (int i = 0; i < 10; i++) {
      int s = 0;
      for (byte b : all) {
        s = ReedSolomon.multiply(s, alpha) ^ (b & 0xFF);
      }
      assertEquals(0, s, "syndrome " + i);
      alpha = ReedSolomon.multiply(alpha, 2);
    }
  }

  @Test
  void theSameTextGivesTheSameCodeWhateverTheMaskChoice() {
    QrCode chosen = QrCode.encode("hello");
    QrCode forced = QrCode.encode("hello", chosen.mask());
    for (int y = 0; y < chosen.size(); y++) {
      for (int x = 0; x < chosen.size(); x++) {
        assertEquals(chosen.isDark(x, y), forced.isDark(x, y));
      }
    }
    assertTrue(chosen.penalty() <= QrCode.encode("hello", (chosen.mask() + 1) % 8).penalty());
  }

  @Test
  void rendersAPngWithAQuietZone() throws Exception {
    QrCode qr = QrCode.encode("otpauth://totp/x");
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(QrPng.render(qr, 3)));
    assertEquals((qr.size() + 8) * 3, img.getWidth());
    assertEquals(0xFFFFFF, img.getRGB(0, 0) & 0xFFFFFF, "quiet zone");
    assertEquals(0x000000, img.getRGB(12, 12) & 0xFFFFFF, "finder corner");
    assertArrayEquals(QrPng.render(qr, 3), QrPng.render(qr, 3));
  }

  @Test
  void refusesTextsTooLongForAnyVersion() {
    assertThrows(IllegalArgumentException.class, () -> QrCode.encode("a".repeat(2400)));
  }
}
