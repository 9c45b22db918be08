package io.gatehouse.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The console's pages, scripts and styles, served from the jar's resources and cached in memory. */
public final class StaticResources {
  private static final String BASE = "/io/gatehouse/console/static/";
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)?\\.(html|js|css|svg)");
  private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=UTF-8",
      "js", "text/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8", "svg", "image/svg+xml");

  /** A resource's bytes and content type. */
  public record Resource(byte[] bytes, String contentType) {}

  private final Map<String, Resource> cache = new ConcurrentHashMap<>();

  /** The resource of that name (e.g. {@code app.js}, {@code pages/users.js}), if there is one. */
  public Optional<Resource> find(String name) throws IOException {
    if (!NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    Resource cached = cache.get(name);
    if (cached != null) {
      return Optional.of(cached);
    }
    try (InputStream in = StaticResources.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        return Optional.empty();
      }
      Resource r = new Resource(in.readAllBytes(), TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
      cache.put(name, r);
      return Optional.of(r);
    }
  }
}
