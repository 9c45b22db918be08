package io.gatehouse.samples.shop;

import io.gatehouse.servlet.GatehouseFilter;
import jakarta.servlet.DispatcherType;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Starts the shop on embedded Jetty: {@code ShopServer CONFIG [PORT]}, where {@code CONFIG} is the
 * filter's {@code gatehouse.yaml} and {@code PORT} defaults to 8080 (0 picks a free port). Prints
 * {@code Shop listening on http://127.0.0.1:PORT/} once it serves. Start the JVM with the agent
 * ({@code -javaagent:gatehouse-agent.jar=agent.yaml}) so that the services' annotations are enforced.
 */
public final class ShopServer {
  private ShopServer() {}

  /** Starts the shop and serves until the JVM is stopped. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ShopServer GATEHOUSE_YAML [PORT]");
      System.exit(2);
    }
    Server server = start(Path.of(args[0]), args.length == 2 ? Integer.parseInt(args[1]) : 8080);
    System.out.println("Shop listening on " + server.getURI());
    server.join();
  }

  /** A started server on loopback with the filter and the shop's servlet. */
  static Server start(Path config, int port) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addFilter(new FilterHolder(new GatehouseFilter(config)), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(servlet()), "/*");
    server.setHandler(context);
    server.setStopAtShutdown(true);
    server.start();
    return server;
  }

  private static ShopServlet servlet() {
    Catalog catalog = new Catalog(List.of(new Product("1", "Teapot", 2400), new Product("2", "Kettle", 3900),
        new Product("3", "Mug", 800)));
    Orders orders = new Orders(List.of(new Order("1", "carol", "1", 1, false), new Order("2", "dave", "3", 4, false)));
    Customers customers = new Customers(List.of(new Customer("carol", "carol@example.com"),
        new Customer("dave", "dave@example.com")));
    return new ShopServlet(catalog, orders, customers);
  }
}
