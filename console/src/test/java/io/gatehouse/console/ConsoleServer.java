package io.gatehouse.console;

import io.gatehouse.api.QueryApi;
import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import io.gatehouse.store.InMemoryAccountStore;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A real Jetty 12 server on a free loopback port with the console at {@value ConsoleServlet#DEFAULT_PATH}
 * over the account of {@code console-account.yaml}: {@code admin} (everything, with an MFA device),
 * {@code reader} (reads IAM and the audit trail) and {@code nobody} (no policies). The audit trail is
 * written by Log4j to a directory of the test's, which the console reads.
 */
final class ConsoleServer implements AutoCloseable {
  static final String ACCOUNT = "111122223333";
  static final String ADMIN_PASSWORD = "Admin-password-1";
  static final String READER_PASSWORD = "Reader-password-1";
  static final String NOBODY_PASSWORD = "Nobody-password-1";
  static final String MFA_SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  final InMemoryAccountStore store;
  final Path auditDir;
  private final Log4jAuditTrail audit;
  private final Server server;
  private final URI console;

  private ConsoleServer(Path dir, int freeFailures) throws Exception {
    PasswordHasher hasher = new PasswordHasher(1_000, new SecureRandom());
    String text;
    try (InputStream in = ConsoleServer.class.getResourceAsStream("/console-account.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("${ADMIN_HASH}", hasher.hash(ADMIN_PASSWORD.toCharArray()).encoded())
          .replace("${READER_HASH}", hasher.hash(READER_PASSWORD.toCharArray()).encoded())
          .replace("${NOBODY_HASH}", hasher.hash(NOBODY_PASSWORD.toCharArray()).encoded())
          .replace("${MFA_SEED}", MFA_SEED);
    }
    this.store = new InMemoryAccountStore(Accounts.of(new AccountFiles().read(text, "console-account.yaml", dir)));
    this.auditDir = dir.resolve("audit");
    this.audit = Log4jAuditTrail.open(AuditOptions.inDirectory(auditDir));
    QueryApi api = QueryApi.builder(store).auditTrail(audit).passwordHasher(hasher).build();
    ConsoleServlet servlet = ConsoleServlet.builder(api, store).auditTrail(audit).auditLogs(java.util.List.of(auditDir))
        .passwordHasher(hasher).signInThrottle(freeFailures, Duration.ofSeconds(30), Duration.ofMinutes(5)).build();
    this.server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(servlet), ConsoleServlet.DEFAULT_PATH + "/*");
    server.setHandler(context);
    server.start();
    this.console = URI.create("http://127.0.0.1:" + connector.getLocalPort() + ConsoleServlet.DEFAULT_PATH + "/");
  }

  /** A server whose sign-in throttle allows {@code freeFailures} failures before locking out. */
  static ConsoleServer start(Path dir, int freeFailures) throws Exception {
    return new ConsoleServer(dir, freeFailures);
  }

  /** The console's URL, ending with a slash. */
  URI console() {
    return console;
  }

  /** The admin's current MFA code, for a time step not used yet. */
  static String mfaCode(Instant at) {
    return new TotpVerifier().codeAt(TotpSecret.fromBase32(MFA_SEED), at);
  }

  /**
   * The audit files' text once it contains {@code needle} (the trail writes asynchronously), or what
   * it holds after ten seconds.
   */
  String awaitAudit(String needle) throws Exception {
    String text = "";
    for (int i = 0; i < 100 && !text.contains(needle); i++) {
      Thread.sleep(i == 0 ? 0 : 100);
      StringBuilder all = new StringBuilder();
      if (java.nio.file.Files.isDirectory(auditDir)) {
        try (var files = java.nio.file.Files.list(auditDir)) {
          for (Path f : files.filter(f -> f.toString().endsWith(".log")).toList()) {
            all.append(java.nio.file.Files.readString(f));
          }
        }
      }
      text = all.toString();
    }
    return text;
  }

  @Override
  public void close() throws Exception {
    server.stop();
    audit.close();
  }

}
