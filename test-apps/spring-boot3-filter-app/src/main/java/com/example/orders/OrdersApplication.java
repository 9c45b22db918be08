package com.example.orders;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small order service on Spring Boot 3 (Spring MVC, embedded Tomcat 10.1), protected by Gatehouse's
 * servlet filter, which {@link GatehouseFilterConfiguration} registers over the {@code gatehouse.yaml}
 * named by the {@code gatehouse.config} property.
 */
@SpringBootApplication
public class OrdersApplication {
  /** Starts the application; {@code --gatehouse.config=PATH} names the filter's configuration. */
  public static void main(String[] args) {
    SpringApplication.run(OrdersApplication.class, args);
  }
}
