package io.gatehouse.agent.http;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.DecisionType;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.audit.ChangeEvent;
import io.gatehouse.audit.DecisionEvent;
import io.gatehouse.audit.EnforcementMode;
import io.gatehouse.http.AuthenticationSettings;
import io.gatehouse.http.HttpEnforcement;
import io.gatehouse.http.HttpSettings;
import io.gatehouse.http.RouteSpec;
import io.gatehouse.http.UnmatchedRequests;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.store.InMemoryAccountStore;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.InvocationHandlerAdapter;
import org.junit.jupiter.api.Test;

/** The agent's enforcement of servlet dispatch fails closed when it cannot hand a read body back. */
class HttpDispatchEnforcerTest {
  private static final String ACCOUNT = """
      AccountId: "123456789012"
      UserDetailList:
        - UserName: bob
      AccessKeys:
        - {UserName: bob, AccessKeyId: AKIABOB0000000000001, SecretAccessKey: "bobSecretKey/K7MDENG/bPxRfiCYEXAMPLEKEY1"}
      """;
  private static final Object ANSWERED = new Object();

  /** Collects what the enforcer audits. */
  private static final class RecordingTrail implements AuditTrail {
    final List<DecisionEvent> decisions = new ArrayList<>();

    @Override
    public void decision(DecisionEvent event) {
      decisions.add(event);
    }

    @Override
    public void change(ChangeEvent event) {}

    @Override
    public void close() {}
  }

  /** A servlet API without {@code HttpServletRequestWrapper}: no wrapper can be made for it. */
  private static final class WithoutRequestWrapper extends URLClassLoader {
    WithoutRequestWrapper(URL servletApi) {
      super(new URL[] {servletApi}, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.equals("jakarta.servlet.http.HttpServletRequestWrapper")) {
        throw new ClassNotFoundException(name);
      }
      return super.loadClass(name, resolve);
    }
  }

  private final RecordingTrail trail = new RecordingTrail();

  private HttpDispatchEnforcer enforcer() {
    AuthenticationSettings auth = new AuthenticationSettings(true, null, List.of(), List.of(), false,
        AuthenticationSettings.DEFAULT_MFA_HEADER, false, null, List.of());
    HttpSettings settings = new HttpSettings(List.of(new RouteSpec("POST", "/orders/{id}", "shop:PutOrder",
        "arn:shop:orders::123456789012:order/{id}", Map.of())), UnmatchedRequests.DENY, auth);
    HttpEnforcement enforcement = new HttpEnforcement(settings,
        new InMemoryAccountStore(Accounts.of(new AccountFiles().read(ACCOUNT, "shop.yaml", null))), trail,
        EnforcementMode.ENFORCE, Clock.systemUTC());
    AtomicReference<Map<String, Object>> bound = new AtomicReference<>();
    return new HttpDispatchEnforcer(enforcement, bound::get, bound::set, ANSWERED);
  }

  private static FakeServletRequest signedPost(String body) {
    return new FakeServletRequest().header("Content-Length", String.valueOf(body.length()))
        .header("X-Amz-Date", "20261122T120000Z")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIABOB0000000000001/20261122/us-east-1/shop/"
            + "aws4_request, SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64));
  }

  @Test
  void aServletApiForWhichNoWrapperCanBeMadeRefusesASignedBodyAuditedNeverPassesItOn() throws Exception {
    URL jar = HttpServletRequest.class.getProtectionDomain().getCodeSource().getLocation();
    try (WithoutRequestWrapper api = new WithoutRequestWrapper(jar)) {
      FakeServletRequest fake = signedPost("{\"qty\":1}");
      Object request = fake.proxy(Class.forName("jakarta.servlet.http.HttpServletRequest", false, api));
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      AtomicInteger status = new AtomicInteger();
      Object response = response(api, status, written);

      Object token = enforcer().enter(request, response);

      assertSame(ANSWERED, token, "the servlet does not run");
      assertEquals(401, status.get());
      String body = written.toString(StandardCharsets.UTF_8);
      assertFalse(body.contains("HttpServletRequestWrapper"), "no internal detail in the answer: " + body);
      assertEquals(0, fake.streamsAsked, "the body was not taken from the application either");
      assertEquals(1, trail.decisions.size());
      DecisionEvent event = trail.decisions.get(0);
      assertEquals(DecisionType.IMPLICIT_DENY, event.decision().type());
      String error = event.decision().error().orElseThrow();
      assertTrue(error.contains("request wrapper") && error.contains("HttpServletRequestWrapper"), error);
    }
  }

  @Test
  void aRequestThatIsNotLetThroughKeepsTheContainersRequest() throws Exception {
    FakeServletRequest fake = new FakeServletRequest();
    Object request = fake.proxy(HttpServletRequest.class);
    AtomicInteger status = new AtomicInteger();
    Object token = enforcer().enter(request, response(HttpServletRequest.class.getClassLoader(), status,
        new ByteArrayOutputStream()));
    assertSame(ANSWERED, token);
    assertEquals(401, status.get(), "anonymous");
    assertSame(request, enforcer().request(token, request));
    assertSame(request, enforcer().request(null, request));
    assertNull(fake.attributes.get(HttpDispatchEnforcer.DECIDED_ATTRIBUTE));
  }

  /** A proxy of the loader's {@code HttpServletResponse}, its body written to {@code out}. */
  private static Object response(ClassLoader api, AtomicInteger status, ByteArrayOutputStream out) throws Exception {
    Class<?> stream = Class.forName("jakarta.servlet.ServletOutputStream", false, api);
    Object outputStream = new ByteBuddy().subclass(stream).method(isAbstract())
        .intercept(InvocationHandlerAdapter.of((proxy, m, args) -> {
          if (m.getName().equals("write")) {
            out.write((Integer) args[0]);
            return null;
          }
          return m.getName().equals("isReady") ? Boolean.TRUE : null;
        }))
        .make().load(api, ClassLoadingStrategy.Default.WRAPPER).getLoaded().getConstructor().newInstance();
    Class<?> type = Class.forName("jakarta.servlet.http.HttpServletResponse", false, api);
    return Proxy.newProxyInstance(api, new Class<?>[] {type}, (proxy, m, args) -> {
      switch (m.getName()) {
        case "setStatus":
          status.set((Integer) args[0]);
          return null;
        case "getOutputStream":
          return outputStream;
        case "isCommitted":
          return false;
        default:
          return null;
      }
    });
  }
}
