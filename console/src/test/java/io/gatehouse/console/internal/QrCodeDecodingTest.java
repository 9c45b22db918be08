package io.gatehouse.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The QR codes read back by an independent decoder, Debian's {@code zbarimg} (installed by {@code .ci/run}). */
class QrCodeDecodingTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {
      "hello",
      "otpauth://totp/Gatehouse%20111122223333:carol?secret=75ZG7YUMWAQG7MSGJ2MF2LLGLD643LIG"
          + "&issuer=Gatehouse%20111122223333&algorithm=SHA1&digits=6&period=30",
      "otpauth://totp/Gatehouse:%C3%A9lodie?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Gatehouse",
      "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz"
          + "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnop"
          + "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz"})
  void zbarReadsBackTheText(String text) throws Exception {
    Path png = dir.resolve("qr.png");
    Files.write(png, QrPng.render(QrCode.encode(text), 4));
    Process p = new ProcessBuilder(List.of("zbarimg", "--quiet", "--raw", png.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), "zbarimg found no code");
    assertEquals(text, out.strip());
  }
}
