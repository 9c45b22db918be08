package com.example.shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * A small shop: {@code /orders} (package {@code orders}, no Gatehouse code: enforced by the agent's
 * pointcuts) and {@code /invoices} (package {@code invoices}, {@code @Authorize}). Prints {@code
 * LISTENING <port>} once Tomcat accepts connections, so that a test can start it on port 0.
 */
@SpringBootApplication
public class ShopApplication {
  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
  }

  @Bean
  ApplicationListener<WebServerInitializedEvent> announcePort() {
    return event -> System.out.println("LISTENING " + event.getWebServer().getPort());
  }
}
