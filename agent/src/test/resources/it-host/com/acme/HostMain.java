package com.acme;

import io.gatehouse.AccessDeniedException;
import io.gatehouse.Authorizer;
import io.gatehouse.Principal;
import io.gatehouse.context.CallContext;
import io.gatehouse.context.Gatehouse;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.ResourcePolicyProvider;
import io.gatehouse.store.FileAccountStore;
import io.gatehouse.sts.AssumeRoleRequest;
import io.gatehouse.sts.Credentials;
import io.gatehouse.sts.SecurityTokenService;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.implementation.FixedValue;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * The test host: runs every scenario and prints one {@code RESULT name=value} line each. Argument
 * {@code report} runs only the report-only scenario; a second argument names the web application's
 * class directory.
 */
public final class HostMain {
  static final String ALICE = "arn:aws:iam::123456789012:user/alice";
  static final String BOB = "arn:aws:iam::123456789012:user/bob";

  public static void main(String[] args) throws Exception {
    Invoices invoices = new Invoices();
    if (args.length > 0 && args[0].equals("session")) {
      roleSession(invoices);
      return;
    }
    if (args.length > 0 && args[0].equals("oversized")) {
      result("oversizedFirstUse", HostMain::useOversized);
      result("oversizedAgain", HostMain::useOversized);
      return;
    }
    if (args.length > 0 && args[0].equals("report")) {
      result("reportOnly", () -> Gatehouse.runAs(BOB, () -> invoices.delete("8")));
      return;
    }
    result("allowed", () -> Gatehouse.runAs(ALICE, () -> invoices.get("7")));
    result("denied", () -> Gatehouse.runAs(BOB, () -> invoices.get("8")));
    result("deniedHostClass", () -> {
      try {
        Gatehouse.runAs(BOB, () -> invoices.get("8"));
        return "not denied";
      } catch (AccessDeniedException e) {
        return String.valueOf(e.getClass().getClassLoader() == HostMain.class.getClassLoader());
      }
    });
    result("processPrincipal", () -> invoices.get("9"));
    result("constructor", () -> Gatehouse.runAs(ALICE, () -> new Invoices.Draft("3").id));
    LegacyBilling legacy = new LegacyBilling();
    result("pointcutAlice", () -> Gatehouse.runAs(ALICE, () -> legacy.purgeTenant("acme")));
    result("pointcutProcess", () -> legacy.purgeTenant("acme"));
    result("pointcutOtherMethod", () -> Gatehouse.runAs(BOB, legacy::version));
    Admin admin = new Admin();
    result("rolesAlice", () -> Gatehouse.runAs(ALICE, admin::audit));
    result("rolesBob", () -> Gatehouse.runAs(BOB, admin::audit));
    result("denyAll", () -> Gatehouse.runAs(ALICE, admin::shutdown));
    result("permitAll", () -> Gatehouse.runAs(BOB, admin::status));
    Refunds refunds = new Refunds();
    result("contextKeySmall", () -> Gatehouse.runAs(ALICE, () -> refunds.refund("7", 20)));
    result("contextKeyLarge", () -> Gatehouse.runAs(ALICE, () -> refunds.refund("7", 500)));
    result("propertyPath", () -> Gatehouse.runAs(ALICE, () -> invoices.archive(new Invoices.Invoice("11", "acme"))));
    result("propertyPathDenied", () -> Gatehouse.runAs(ALICE, () -> invoices.archive(new Invoices.Invoice("22", "acme"))));
    ExecutorService pool = Gatehouse.wrap(Executors.newSingleThreadExecutor());
    try {
      result("executor", () -> Gatehouse.runAs(ALICE, () -> pool.submit(() -> refunds.refund("7", 20)).get()));
      result("executorCleared", () -> unwrap(() -> pool.submit(() -> refunds.refund("7", 20)).get()));
    } finally {
      pool.shutdown();
    }
    result("isAllowed", () -> Gatehouse.runAs(ALICE,
        () -> Gatehouse.isAllowed("billing:GetInvoice", "arn:billing:invoices::123456789012:invoice/1")));
    result("check", () -> Gatehouse.runAs(ALICE, () -> {
      Gatehouse.check("billing:DeleteInvoice", "arn:billing:invoices::123456789012:invoice/1");
      return "not denied";
    }));
    result("hostByteBuddy", () -> new ByteBuddy().subclass(Object.class)
        .method(ElementMatchers.named("toString")).intercept(FixedValue.value("made by the host's Byte Buddy"))
        .make().load(HostMain.class.getClassLoader()).getLoaded().getDeclaredConstructor().newInstance().toString());
    if (args.length > 1) {
      webApplication(args[1]);
    }
  }

  /** A web application's class loader (child first) with its own copy of the Gatehouse annotations. */
  @SuppressWarnings("unchecked")
  static void webApplication(String classes) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(new File(classes).toURI().toURL());
    urls.add(io.gatehouse.annotation.Authorize.class.getProtectionDomain().getCodeSource().getLocation());
    try (URLClassLoader webapp = new ChildFirstLoader(urls.toArray(URL[]::new), HostMain.class.getClassLoader())) {
      Function<String, String> orders = (Function<String, String>) webapp.loadClass("webapp.Orders")
          .getDeclaredConstructor().newInstance();
      result("webappOwnCopy", () -> orders.apply("loader"));
      result("webappAlice", () -> orders.apply(ALICE));
      result("webappBob", () -> orders.apply(BOB));
      result("webappSeesHostContext", () -> Gatehouse.runAs(ALICE, () -> orders.apply("current")));
    }
  }

  static final class ChildFirstLoader extends URLClassLoader {
    ChildFirstLoader(URL[] urls, ClassLoader parent) {
      super("webapp", urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null && (name.startsWith("webapp.") || name.startsWith("io.gatehouse.annotation.")
            || name.startsWith("io.gatehouse.context."))) {
          c = findClass(name);
        }
        return c != null ? c : super.loadClass(name, resolve);
      }
    }
  }

  /**
   * Issues a session of the role batch limited by a session policy to invoices 1*, with an STS of its
   * own over the same account file as the agent, and calls an @Authorize method bound to it.
   */
  static void roleSession(Invoices invoices) throws Exception {
    String batch = "arn:aws:sts::123456789012:assumed-role/batch/nightly";
    FileAccountStore store = FileAccountStore.open(
        List.of(Path.of("billing.yaml")));
    Clock clock = Clock.systemUTC();
    SecurityTokenService sts = new SecurityTokenService(store,
        new AccountAuthorizer(store::snapshot, Authorizer.standard(),
            ResourcePolicyProvider.NONE, clock), clock, new SecureRandom());
    Credentials c = sts.assumeRole(
        Caller.asserted(Principal.fromArn(ALICE)),
        new AssumeRoleRequest("arn:aws:iam::123456789012:role/batch", "nightly", 900,
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"billing:GetInvoice\","
                + "\"Resource\":\"arn:billing:invoices::123456789012:invoice/1*\"}}",
            null, null, null, null, null, null)).credentials();
    CallContext session = CallContext.of(batch)
        .withSessionCredentials(c.accessKeyId(), c.sessionToken());
    result("sessionAllowed", () -> Gatehouse.runAs(session, () -> invoices.get("12")));
    result("sessionPolicyDenies", () -> Gatehouse.runAs(session, () -> invoices.get("27")));
    result("roleArnAlone", () -> Gatehouse.runAs(batch, () -> invoices.get("27")));
    CallContext tampered = CallContext.of(batch)
        .withSessionCredentials(c.accessKeyId(), c.sessionToken().substring(0, c.sessionToken().length() - 4) + "AAAA");
    result("tamperedToken", () -> Gatehouse.runAs(tampered, () -> invoices.get("12")));
    System.out.println("TOKEN " + c.sessionToken());
  }

  /** Uses com.acme.Oversized, a class made by the test whose @Authorize method the agent cannot instrument. */
  static Object useOversized() throws Exception {
    try {
      Object o = Class.forName("com.acme.Oversized").getDeclaredConstructor().newInstance();
      return o.getClass().getMethod("read", String.class).invoke(o, "7");
    } catch (LinkageError e) {
      return e.getClass().getSimpleName() + " caused by " + e.getCause();
    }
  }

  static Object unwrap(Callable<Object> call) throws Exception {
    try {
      return call.call();
    } catch (java.util.concurrent.ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  static void result(String name, Callable<Object> scenario) {
    String value;
    try {
      value = String.valueOf(scenario.call());
    } catch (AccessDeniedException e) {
      value = "AccessDeniedException: " + e.getMessage();
    } catch (Exception e) {
      value = e.getClass().getName() + ": " + e.getMessage();
    }
    System.out.println("RESULT " + name + "=" + value);
  }
}
