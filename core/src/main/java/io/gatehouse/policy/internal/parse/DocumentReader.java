package io.gatehouse.policy.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads document text, from a string or a UTF-8 file, into a {@link LocatedNode} tree in either
 * format, within one set of {@link ReadLimits}. Thread-safe.
 */
public final class DocumentReader {
  private final ReadLimits limits;
  private final JsonTreeReader json;
  private final YamlTreeReader yaml;

  /** Creates a reader with the given limits. */
  public DocumentReader(ReadLimits limits) {
    this.limits = limits;
    this.json = new JsonTreeReader(limits);
    this.yaml = new YamlTreeReader(limits);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document; a leading byte order mark is ignored.
   *
   * @return the root element, or null if the text could not be read (a problem says why)
   */
  public LocatedNode read(String text, String source, DocumentFormat format, ProblemList problems) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return format == DocumentFormat.JSON
        ? json.read(body, source, problems)
        : yaml.read(body, source, problems);
  }

  /**
   * Reads a file's text as UTF-8, refusing files over the size limit without reading them whole.
   *
   * @param source the name problems give the file
   * @return the text, or null if the file is too large or not UTF-8 (a problem says why)
   * @throws IOException if the file cannot be read
   */
  public String readText(Path file, String source, ProblemList problems) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(limits.maxChars() + 1);
    }
    if (bytes.length > limits.maxChars()) {
      problems.addForDocument(source, "file is larger than " + limits.maxChars() + " bytes");
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      problems.addForDocument(source, "file is not valid UTF-8");
      return null;
    }
  }
}
