package io.gatehouse.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The application of the HTTP load benchmark ({@code benchmarks/http/measure-filter.sh}): a servlet
 * that answers {@code ok} on embedded Jetty, with or without the filter in front of it.
 *
 * <pre>{@code
 * java -cp ... io.gatehouse.servlet.LoadServer serve MODE PORT DIR   # runs until killed
 *   MODE: plain (no filter), filter (every allow audited), filter-allow-none (denies audited only)
 * java -cp ... io.gatehouse.servlet.LoadServer sign URL                       # prints SigV4 headers, one per line
 * }</pre>
 */
public final class LoadServer {
  private LoadServer() {}

  /** The trivial handler. */
  static final class Ok extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final byte[] OK = "ok\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.setContentType("text/plain");
      response.setContentLength(OK.length);
      response.getOutputStream().write(OK);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("sign")) {
      URI uri = URI.create(args[1]);
      TestSigner.sign("GET", uri, new byte[0], Map.of(), ShopFixture.BOB_KEY, ShopFixture.BOB_SECRET, null,
          "us-east-1", "shop", Instant.now()).forEach((k, v) -> System.out.println(k + ": " + v));
      return;
    }
    boolean filter = args[1].startsWith("filter");
    int port = Integer.parseInt(args[2]);
    Path dir = Path.of(args[3]);
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(TestServer.CONTEXT);
    context.addServlet(new ServletHolder(new Ok()), "/*");
    if (filter) {
      Path config = ShopFixture.write(dir, "");
      if (args[1].equals("filter-allow-none")) {
        java.nio.file.Files.writeString(config, java.nio.file.Files.readString(config)
            .replace("audit: {directory: audit}", "audit: {directory: audit, allow: none}"));
      }
      context.addFilter(new FilterHolder(new GatehouseFilter(config)), "/*", EnumSet.of(DispatcherType.REQUEST));
    }
    server.setHandler(context);
    server.start();
    System.out.println("ready: " + args[1] + " on port " + port);
    server.join();
  }
}
