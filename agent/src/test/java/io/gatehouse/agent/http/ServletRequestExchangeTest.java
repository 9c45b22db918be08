package io.gatehouse.agent.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.http.HttpExchange;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agent's view of a container's request: a signed body read once and served again by a wrapper. */
class ServletRequestExchangeTest {
  private static final String JSON = "{\"item\":\"caf\u00e9\",\"qty\":2}";

  private static FakeServletRequest withBody(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    FakeServletRequest fake = new FakeServletRequest().header("Content-Length", String.valueOf(bytes.length));
    fake.stream = new BytesServletInputStream(bytes);
    return fake;
  }

  private static ServletRequestExchange exchange(Object request) {
    return new ServletRequestExchange(ServletApi.of(request.getClass()), request);
  }

  @Test
  void aReadBodyIsServedAgainByAWrapperOfTheContainersRequest() throws IOException {
    FakeServletRequest fake = withBody(JSON);
    fake.characterEncoding = "UTF-8";
    Object request = fake.proxy(HttpServletRequest.class);
    ServletRequestExchange exchange = exchange(request);
    assertArrayEquals(JSON.getBytes(StandardCharsets.UTF_8), exchange.body());
    assertSame(exchange.body(), exchange.body(), "read once");
    assertEquals(1, fake.streamsAsked);

    HttpServletRequestWrapper wrapper = (HttpServletRequestWrapper) exchange.replacement();
    assertSame(request, wrapper.getRequest());
    assertEquals("POST", wrapper.getMethod(), "everything else is the container's");
    ServletInputStream in = wrapper.getInputStream();
    assertFalse(in.isFinished());
    assertTrue(in.isReady());
    assertEquals(JSON, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    assertTrue(in.isFinished());
    assertEquals(JSON, new String(wrapper.getInputStream().readAllBytes(), StandardCharsets.UTF_8), "from the start");
    assertEquals(JSON, wrapper.getReader().readLine(), "decoded with the request's encoding");
    assertEquals(JSON.getBytes(StandardCharsets.UTF_8).length, wrapper.getContentLength());
    assertEquals(JSON.getBytes(StandardCharsets.UTF_8).length, wrapper.getContentLengthLong());
  }

  @Test
  void aFormBodysParametersFollowTheQueryStrings() throws IOException {
    FakeServletRequest fake = withBody("item=gold+bar&qty=2&note=caf%C3%A9");
    fake.query = "channel=web&item=first";
    fake.contentType = "application/x-www-form-urlencoded; charset=UTF-8";
    ServletRequestExchange exchange = exchange(fake.proxy(HttpServletRequest.class));
    exchange.body();
    HttpServletRequest wrapper = (HttpServletRequest) exchange.replacement();
    assertEquals("first", wrapper.getParameter("item"));
    assertArrayEquals(new String[] {"first", "gold bar"}, wrapper.getParameterValues("item"));
    assertEquals("2", wrapper.getParameter("qty"));
    assertEquals("web", wrapper.getParameter("channel"));
    assertEquals("caf\u00e9", wrapper.getParameter("note"));
    assertNull(wrapper.getParameter("missing"));
    assertNull(wrapper.getParameterValues("missing"));
    assertEquals(List.of("channel", "item", "qty", "note"), List.copyOf(wrapper.getParameterMap().keySet()));
    assertEquals(List.of("channel", "item", "qty", "note"), Collections.list(wrapper.getParameterNames()));
  }

  @Test
  void aBodyThatIsNotAFormGivesOnlyTheQueryStringsParameters() throws IOException {
    FakeServletRequest fake = withBody("item=gold");
    fake.query = "channel=web";
    fake.contentType = "text/plain";
    ServletRequestExchange exchange = exchange(fake.proxy(HttpServletRequest.class));
    exchange.body();
    HttpServletRequest wrapper = (HttpServletRequest) exchange.replacement();
    assertEquals("web", wrapper.getParameter("channel"));
    assertNull(wrapper.getParameter("item"));
  }

  @Test
  void aReadListenerIsToldAtOnceThatTheWholeBodyIsThere() throws IOException {
    ServletRequestExchange exchange = exchange(withBody("hello").proxy(HttpServletRequest.class));
    exchange.body();
    ServletInputStream in = ((HttpServletRequest) exchange.replacement()).getInputStream();
    List<String> calls = new ArrayList<>();
    in.setReadListener(new ReadListener() {
      @Override
      public void onDataAvailable() throws IOException {
        calls.add("available " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }

      @Override
      public void onAllDataRead() {
        calls.add("all read");
      }

      @Override
      public void onError(Throwable t) {
        calls.add("error " + t);
      }
    });
    assertEquals(List.of("available hello", "all read"), calls);
  }

  @Test
  void aRequestWithoutABodyIsNeitherReadNorWrapped() throws IOException {
    FakeServletRequest zero = new FakeServletRequest().header("Content-Length", "0");
    ServletRequestExchange exchange = exchange(zero.proxy(HttpServletRequest.class));
    assertEquals(0, exchange.body().length);
    assertNull(exchange.replacement());
    FakeServletRequest none = new FakeServletRequest();
    ServletRequestExchange http1 = exchange(none.proxy(HttpServletRequest.class));
    assertEquals(0, http1.body().length);
    assertNull(http1.replacement());
    assertEquals(0, zero.streamsAsked + none.streamsAsked, "the application may still call getReader");
  }

  @Test
  void aBodyOfUnknownLengthIsRead() throws IOException {
    FakeServletRequest chunked = new FakeServletRequest().header("Transfer-Encoding", "chunked");
    chunked.stream = new BytesServletInputStream("in chunks".getBytes(StandardCharsets.UTF_8));
    ServletRequestExchange exchange = exchange(chunked.proxy(HttpServletRequest.class));
    assertEquals("in chunks", new String(exchange.body(), StandardCharsets.UTF_8));
    assertEquals(9, ((HttpServletRequest) exchange.replacement()).getContentLength());
    FakeServletRequest http2 = new FakeServletRequest();
    http2.protocol = "HTTP/2.0";
    http2.stream = new BytesServletInputStream("over h2".getBytes(StandardCharsets.UTF_8));
    assertEquals("over h2", new String(exchange(http2.proxy(HttpServletRequest.class)).body(), StandardCharsets.UTF_8));
  }

  @Test
  void aBodyOverTheLimitIsReadOneBytePastItAndNotWrapped() throws IOException {
    FakeServletRequest fake = new FakeServletRequest().header("Transfer-Encoding", "chunked");
    fake.stream = new BytesServletInputStream(new byte[HttpExchange.MAX_SIGNED_BODY + 10]);
    ServletRequestExchange exchange = exchange(fake.proxy(HttpServletRequest.class));
    assertEquals(HttpExchange.MAX_SIGNED_BODY + 1, exchange.body().length);
    assertNull(exchange.replacement());
  }

  @Test
  void theWrapperTypesAreMadeOncePerServletApiInALoaderBelowIt() throws IOException {
    ServletRequestExchange one = exchange(withBody("one").proxy(HttpServletRequest.class));
    ServletRequestExchange two = exchange(withBody("two").proxy(HttpServletRequest.class));
    one.body();
    two.body();
    assertNotSame(one.replacement(), two.replacement());
    Class<?> type = one.replacement().getClass();
    assertSame(type, two.replacement().getClass());
    assertEquals("io.gatehouse.agent.generated.BufferedBodyRequest", type.getName());
    assertSame(HttpServletRequestWrapper.class.getClassLoader(), type.getClassLoader().getParent());
    assertEquals("two", new String(((HttpServletRequest) two.replacement()).getInputStream().readAllBytes(),
        StandardCharsets.UTF_8));
  }
}
