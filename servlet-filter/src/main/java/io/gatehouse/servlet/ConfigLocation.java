package io.gatehouse.servlet;

import jakarta.servlet.ServletContext;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a web application's {@code gatehouse.yaml}: the {@code gatehouse.config} init parameter (of
 * the filter, then of the context), the {@code gatehouse.config} system property, {@code
 * WEB-INF/gatehouse.yaml}, then {@code gatehouse.yaml} on the application's class path. Account files
 * are named relative to it, so it must be a file on disk (an unpacked application).
 */
final class ConfigLocation {
  static final String NAME = "gatehouse.config";
  static final String FILE = "gatehouse.yaml";

  private ConfigLocation() {}

  /**
   * The configuration file, if the application has one.
   *
   * @param parameters the filter's init parameters (or none)
   * @throws IllegalArgumentException if one is named but does not exist or is not a plain file
   */
  static Optional<Path> find(Function<String, String> parameters, ServletContext context) {
    String named = parameters.apply(NAME);
    if (named == null) {
      named = context.getInitParameter(NAME);
    }
    if (named == null) {
      named = System.getProperty(NAME);
    }
    if (named != null) {
      Path p = Path.of(named.strip());
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException(NAME + " names " + p.toAbsolutePath() + ", which is not a file");
      }
      return Optional.of(p);
    }
    try {
      URL inWebInf = context.getResource("/WEB-INF/" + FILE);
      if (inWebInf != null) {
        return Optional.of(file(inWebInf));
      }
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("cannot read /WEB-INF/" + FILE + ": " + e.getMessage(), e);
    }
    ClassLoader loader = context.getClassLoader();
    URL onClassPath = loader == null ? null : loader.getResource(FILE);
    return onClassPath == null ? Optional.empty() : Optional.of(file(onClassPath));
  }

  private static Path file(URL url) {
    if (!url.getProtocol().equals("file")) {
      throw new IllegalArgumentException(url + " is not a file on disk: unpack the application, or name the "
          + "configuration file with the " + NAME + " init parameter or system property");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot read " + url + ": " + e.getMessage(), e);
    }
  }
}
