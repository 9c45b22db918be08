package com.example.orders;

import io.gatehouse.context.Gatehouse;
import io.gatehouse.servlet.GatehouseFilter;
import jakarta.servlet.DispatcherType;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;

/**
 * Registers {@link GatehouseFilter} the Spring Boot way. Spring Boot's embedded Tomcat does not run
 * the {@code ServletContainerInitializer}s of the application's jars, so Gatehouse's initializer
 * never sees this application: the filter is a bean, in front of every other filter, for the
 * {@code REQUEST} and {@code ASYNC} dispatches of every path. It opens the configuration when Tomcat
 * starts it; a configuration it cannot use stops the application.
 *
 * <p>The filter binds the caller to the request's thread; {@link #callerToTasks()} carries it to
 * the tasks Spring Boot's {@code applicationTaskExecutor} runs (asynchronous controller methods
 * among them).
 */
@Configuration(proxyBeanMethods = false)
public class GatehouseFilterConfiguration {
  /** The filter over the {@code gatehouse.yaml} named by the {@code gatehouse.config} property. */
  @Bean
  public FilterRegistrationBean<GatehouseFilter> gatehouseFilter(@Value("${gatehouse.config}") Path config) {
    FilterRegistrationBean<GatehouseFilter> registration = new FilterRegistrationBean<>(new GatehouseFilter(config));
    registration.setName("gatehouse");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
    registration.setAsyncSupported(true);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * Runs each task of Spring Boot's task executor as the caller that submitted it: Spring Boot
   * applies a {@link TaskDecorator} bean to the executor it configures, which Spring MVC uses for
   * controller methods that return a {@code Callable}.
   */
  @Bean
  public TaskDecorator callerToTasks() {
    return Gatehouse::wrap;
  }
}
