package io.gatehouse.console.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws a {@link QrCode} as a black-on-white PNG with the standard's four-module quiet zone. */
public final class QrPng {
  private static final int QUIET = 4;

  private QrPng() {}

  /** The PNG bytes, {@code scale} pixels per module. */
  public static byte[] render(QrCode qr, int scale) {
    int side = (qr.size() + 2 * QUIET) * scale;
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        boolean dark = qr.isDark(x / scale - QUIET, y / scale - QUIET);
        image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
