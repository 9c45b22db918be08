package com.example.catalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * A small product catalog on Spring Boot 3 (Spring MVC, embedded Tomcat 10.1). It knows nothing of
 * any authorization: whoever runs it decides who may call which route. Prints {@code LISTENING
 * <port>} once Tomcat accepts connections, so that it can be started on port 0.
 */
@SpringBootApplication
public class CatalogApplication {
  public static void main(String[] args) {
    SpringApplication.run(CatalogApplication.class, args);
  }

  @Bean
  ApplicationListener<WebServerInitializedEvent> announcePort() {
    return event -> System.out.println("LISTENING " + event.getWebServer().getPort());
  }
}
