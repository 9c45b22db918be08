package io.gatehouse.cli;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code create-virtual-mfa-device --outfile PATH --bootstrap-method METHOD}, as the AWS CLI does
 * it: the device's seed goes to the file, not to the output, which shows only the serial number.
 * Only {@code Base32StringSeed} is supported: Gatehouse draws no QR codes, so {@code QRCodePNG} is
 * refused before a device is created; the {@code otpauth://} URI, which QR code generators and
 * authenticator apps read, is written to standard error instead.
 */
final class MfaBootstrap {
  static final String ACTION = "CreateVirtualMFADevice";
  private static final String BASE32 = "Base32StringSeed";
  private static final String QR_CODE = "QRCodePNG";
  private static final String ISSUER = "Gatehouse";

  private final OptionSpec outfile;
  private final OptionSpec method;

  private MfaBootstrap(OptionSpec outfile, OptionSpec method) {
    this.outfile = outfile;
    this.method = method;
  }

  static MfaBootstrap addTo(CommandSpec spec) {
    OptionSpec outfile = OptionSpec.builder("--outfile").type(Path.class).required(true).paramLabel("<value>")
        .description("The file the seed is written to (readable by its owner only).").build();
    OptionSpec method = OptionSpec.builder("--bootstrap-method").type(String.class).required(true)
        .paramLabel("<value>").completionCandidates(java.util.List.of(BASE32, QR_CODE))
        .description("Base32StringSeed (the seed as text). QRCodePNG is not supported; the otpauth:// URI "
            + "is printed on standard error for a QR code generator.").build();
    spec.addOption(outfile);
    spec.addOption(method);
    return new MfaBootstrap(outfile, method);
  }

  /**
   * Refuses what cannot be done before the device is created, so that no seed is lost.
   *
   * @throws IllegalArgumentException for an unsupported method or an outfile in a missing folder
   */
  void check() {
    String m = method.getValue();
    if (QR_CODE.equals(m)) {
      throw new IllegalArgumentException("--bootstrap-method QRCodePNG is not supported: Gatehouse draws no QR "
          + "codes. Use Base32StringSeed; the otpauth:// URI for a QR code is then printed on standard error.");
    }
    if (!BASE32.equals(m)) {
      throw new IllegalArgumentException("--bootstrap-method must be Base32StringSeed or QRCodePNG, found " + m);
    }
    Path parent = outfile().toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException("--outfile: folder " + parent + " does not exist");
    }
  }

  /** Writes the seed to the outfile and the otpauth URI to {@code err}; the result without the seed. */
  Map<String, Object> deliver(Map<String, Object> result, Account account, String deviceName, PrintWriter err) {
    @SuppressWarnings("unchecked")
    Map<String, Object> device = new LinkedHashMap<>((Map<String, Object>) result.get("VirtualMFADevice"));
    String seed = new String(Base64.getDecoder().decode((String) device.remove(BASE32)), StandardCharsets.US_ASCII);
    write(outfile(), seed);
    String label = deviceName + "@" + (account.alias().isEmpty() ? account.accountId() : account.alias());
    err.println(TotpVerifier.otpauthUri(ISSUER, label, TotpSecret.fromBase32(seed)));
    Map<String, Object> out = new LinkedHashMap<>(result);
    out.put("VirtualMFADevice", device);
    return out;
  }

  private Path outfile() {
    return outfile.getValue();
  }

  private static void write(Path file, String seed) {
    byte[] bytes = seed.getBytes(StandardCharsets.US_ASCII);
    Set<StandardOpenOption> options =
        Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    try {
      boolean posix = file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
      try (SeekableByteChannel channel = posix
          ? Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(
              PosixFilePermissions.fromString("rw-------")))
          : Files.newByteChannel(file, options)) {
        channel.write(ByteBuffer.wrap(bytes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the seed to " + file + ": " + e.getMessage(), e);
    }
  }
}
