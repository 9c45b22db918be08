package io.gatehouse.servlet;

import static io.gatehouse.servlet.TestServer.CONTEXT;

import io.gatehouse.servlet.TestServer.Registration;
import io.gatehouse.servlet.TestServer.Running;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** An embedded container in the tests' own JVM, on a free port on loopback. */
enum EmbeddedServer {
  JETTY,
  TOMCAT;

  TestServer start(Path config, Registration registration) throws Exception {
    return this == JETTY ? jetty(config, registration) : tomcat(config, registration);
  }

  static TestServer jetty(Path config, Registration registration) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(CONTEXT);
    ServletHolder servlet = new ServletHolder(new EchoServlet());
    servlet.setAsyncSupported(true);
    context.addServlet(servlet, "/*");
    if (registration == Registration.FILTER) {
      FilterHolder filter = new FilterHolder(new GatehouseFilter(config));
      filter.setAsyncSupported(true);
      context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
    } else if (registration == Registration.DECLARED) {
      FilterHolder filter = new FilterHolder(GatehouseFilter.class);
      filter.setInitParameter(ConfigLocation.NAME, config.toString());
      context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
    } else {
      context.setInitParameter(ConfigLocation.NAME, config.toString());
      context.addServletContainerInitializer(new GatehouseInitializer());
    }
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception e) {
      server.stop();
      throw e;
    }
    return new Running(URI.create("http://127.0.0.1:" + connector.getLocalPort() + CONTEXT), server::stop);
  }

  static TestServer tomcat(Path config, Registration registration) throws Exception {
    Path baseDir = Files.createTempDirectory("tomcat");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    Context context = tomcat.addContext(CONTEXT, Files.createDirectories(baseDir.resolve("docs")).toString());
    org.apache.catalina.Wrapper servlet = Tomcat.addServlet(context, "echo", new EchoServlet());
    servlet.setAsyncSupported(true);
    context.addServletMapping("/*", "echo");
    if (registration == Registration.FILTER) {
      FilterDef def = new FilterDef();
      def.setFilterName("gatehouse");
      def.setFilter(new GatehouseFilter(config));
      def.setAsyncSupported("true");
      context.addFilterDef(def);
      FilterMap map = new FilterMap();
      map.setFilterName("gatehouse");
      map.addURLPattern("/*");
      map.setDispatcher(DispatcherType.REQUEST.name());
      map.setDispatcher(DispatcherType.ASYNC.name());
      context.addFilterMap(map);
    } else if (registration == Registration.DECLARED) {
      FilterDef def = new FilterDef();
      def.setFilterName("gatehouse");
      def.setFilterClass(GatehouseFilter.class.getName());
      def.addInitParameter(ConfigLocation.NAME, config.toString());
      context.addFilterDef(def);
      FilterMap map = new FilterMap();
      map.setFilterName("gatehouse");
      map.addURLPattern("/*");
      context.addFilterMap(map);
    } else {
      context.addParameter(ConfigLocation.NAME, config.toString());
      context.addServletContainerInitializer(new GatehouseInitializer(), null);
    }
    tomcat.start();
    return new Running(URI.create("http://127.0.0.1:" + connector.getLocalPort() + CONTEXT), () -> {
      tomcat.stop();
      tomcat.destroy();
    });
  }
}
