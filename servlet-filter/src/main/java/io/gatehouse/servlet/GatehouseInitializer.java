package io.gatehouse.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Adds {@link GatehouseFilter} to a web application that carries a {@code gatehouse.yaml} (or names
 * one, see {@link GatehouseFilter}) and has not registered the filter itself: mapped to {@code /*}
 * for {@code REQUEST} and {@code ASYNC} dispatches, before the filters the application declares.
 * Found by the container through {@code META-INF/services}.
 */
public final class GatehouseInitializer implements ServletContainerInitializer {
  /** The name the filter is registered under. */
  public static final String FILTER_NAME = "gatehouse";

  /** Creates the initializer. */
  public GatehouseInitializer() {}

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    boolean registered = context.getFilterRegistrations().values().stream()
        .anyMatch(r -> GatehouseFilter.class.getName().equals(r.getClassName()));
    if (registered) {
      return;
    }
    Optional<Path> config = ConfigLocation.find(name -> null, context);
    if (config.isEmpty()) {
      return;
    }
    FilterRegistration.Dynamic filter = context.addFilter(FILTER_NAME, new GatehouseFilter(config.get()));
    filter.setAsyncSupported(true);
    filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC), false, "/*");
    context.log("Gatehouse: enforcing HTTP requests with " + config.get());
  }
}
