package io.gatehouse.api;

import io.gatehouse.store.AccessKeyUsageRecorder;
import io.gatehouse.store.FileAccountStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * A real servlet container (Jetty 12 or Tomcat 11) on a free loopback port with {@link
 * QueryApiServlet} mounted at a path, over a copy of {@code accounts/admin.yaml} in a directory of
 * the test's.
 */
final class ApiServer implements AutoCloseable {
  static final String ACCOUNT = "111122223333";
  static final String ADMIN_KEY = "AKIAADMIN00000000001";
  static final String ADMIN_SECRET = "adminSecretAccessKey0000000000000000000001";
  static final String READER_KEY = "AKIAREADER0000000001";
  static final String READER_SECRET = "readerSecretAccessKey000000000000000000001";

  final Path accountFile;
  final FileAccountStore store;
  final QueryApi api;
  /** Which container. */
  enum Container { JETTY, TOMCAT }

  private final AutoCloseable container;
  private final URI endpoint;

  private ApiServer(Path accountFile, String contextPath, Container kind, Path dir, Duration lastUsedInterval)
      throws Exception {
    this.accountFile = accountFile;
    this.store = FileAccountStore.open(List.of(accountFile));
    this.api = QueryApi.builder(store).accessKeyLastUsedInterval(lastUsedInterval).build();
    QueryApiServlet servlet = new QueryApiServlet(api);
    int port;
    if (kind == Container.JETTY) {
      Server server = new Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      server.addConnector(connector);
      ServletContextHandler context = new ServletContextHandler(contextPath);
      context.addServlet(new ServletHolder(servlet), "/*");
      server.setHandler(context);
      server.start();
      port = connector.getLocalPort();
      container = server::stop;
    } else {
      Tomcat tomcat = new Tomcat();
      tomcat.setBaseDir(dir.resolve("tomcat").toString());
      Connector connector = new Connector();
      connector.setPort(0);
      connector.setProperty("address", "127.0.0.1");
      tomcat.setConnector(connector);
      Context context = tomcat.addContext(contextPath.equals("/") ? "" : contextPath, null);
      Tomcat.addServlet(context, "query-api", servlet);
      context.addServletMappingDecoded("/*", "query-api");
      tomcat.start();
      port = connector.getLocalPort();
      container = () -> {
        tomcat.stop();
        tomcat.destroy();
      };
    }
    this.endpoint = URI.create("http://127.0.0.1:" + port + (contextPath.equals("/") ? "/" : contextPath + "/"));
  }

  /** A Jetty server with the API at {@code contextPath} ({@code /} or e.g. {@code /admin/iam}). */
  static ApiServer start(Path dir, String contextPath) throws Exception {
    return start(Container.JETTY, dir, contextPath);
  }

  /**
   * A server of the given container with the API at {@code contextPath}. It does not record access
   * keys' last use, so that tests can compare the account file's bytes before and after refused
   * calls; {@link #recordingLastUse} does.
   */
  static ApiServer start(Container kind, Path dir, String contextPath) throws Exception {
    return new ApiServer(copyAccount(dir), contextPath, kind, dir, Duration.ZERO);
  }

  /** A Jetty server at {@code /} that records access keys' last use as deployed (every 15 minutes). */
  static ApiServer recordingLastUse(Path dir) throws Exception {
    return new ApiServer(copyAccount(dir), "/", Container.JETTY, dir, AccessKeyUsageRecorder.DEFAULT_INTERVAL);
  }

  /** Copies the test account file into {@code dir}. */
  static Path copyAccount(Path dir) throws IOException {
    Path file = dir.resolve("admin.yaml");
    try (InputStream in = ApiServer.class.getResourceAsStream("/accounts/admin.yaml")) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() throws Exception {
    container.close();
    api.close();
    store.close();
  }
}
