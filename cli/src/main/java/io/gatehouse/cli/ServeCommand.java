package io.gatehouse.cli;

import io.gatehouse.api.QueryApi;
import io.gatehouse.api.QueryApiServlet;
import io.gatehouse.audit.AuditOptions;
import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.audit.Log4jAuditTrail;
import io.gatehouse.console.ConsoleServlet;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.store.FileAccountStore;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gatehouse serve}: AWS IAM's and STS's Query APIs over account files, on an embedded Jetty,
 * for the AWS CLI and SDKs ({@code --endpoint-url http://127.0.0.1:8080}), with the web console at
 * {@code /gatehouse/console/}. Runs until stopped.
 */
@Command(name = "serve",
    description = {"Serves the IAM and STS APIs over account files, for the AWS CLI and SDKs, and the web console.",
        "Point them at it with --endpoint-url; the console is at /gatehouse/console/. Changes are saved to the "
            + "account files; decisions and changes are audited.",
        "Prints the URL, then runs until stopped (Ctrl-C). Exit status: 2 bad options or account files."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--account", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Account files (YAML or JSON); callers administer their own account.")
  List<Path> accounts = new ArrayList<>();

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
      description = "TCP port (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--audit-dir", defaultValue = ".", paramLabel = "DIR",
      description = "Where gatehouse-audit.log is written (default: the working directory).")
  Path auditDirectory;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("gatehouse serve: --port must be 0 to 65535, not " + port);
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      err.println("gatehouse serve: --bind: unknown address " + bind);
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    Log4jAuditTrail audit = Log4jAuditTrail.open(AuditOptions.inDirectory(auditDirectory));
    FileAccountStore store;
    try {
      // Watched, so that edits by others (an application on the same files, a text editor) are
      // followed rather than refused as stale at the next write; reloads are audited.
      store = FileAccountStore.builder(accounts).watch(Duration.ofSeconds(1))
          .audit(new ChangeEvents(audit, Clock.systemUTC()), Clock.systemUTC()).open();
    } catch (InvalidPolicyException e) {
      audit.close();
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      audit.close();
      err.println("gatehouse serve: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    QueryApi api = QueryApi.builder(store).auditTrail(audit).build();
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(address.getHostAddress());
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new QueryApiServlet(api)), "/*");
    context.addServlet(new ServletHolder(ConsoleServlet.builder(api, store).auditTrail(audit)
        .auditLogs(List.of(auditDirectory)).build()), ConsoleServlet.DEFAULT_PATH + "/*");
    server.setHandler(context);
    server.setStopAtShutdown(true);
    try {
      server.start();
    } catch (Exception e) {
      err.println("gatehouse serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
      err.flush();
      server.stop();
      api.close();
      audit.close();
      store.close();
      return ExitCodes.BAD_INPUT;
    }
    String host = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]"
        : address.getHostAddress();
    out.println("Gatehouse IAM and STS API at http://" + host + ":" + connector.getLocalPort() + "/");
    out.println("Web console at http://" + host + ":" + connector.getLocalPort() + ConsoleServlet.DEFAULT_PATH + "/");
    out.println("  accounts: " + String.join(", ", store.snapshot().all().stream()
        .map(a -> a.accountId() + " (" + store.fileOf(a.accountId()) + ")").toList()));
    out.println("  audit: " + auditDirectory.toAbsolutePath().normalize().resolve("gatehouse-audit.log"));
    out.flush();
    try {
      server.join();
    } finally {
      api.close();
      audit.close();
      store.close();
    }
    return ExitCodes.OK;
  }
}
