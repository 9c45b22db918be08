package io.gatehouse.servlet;

import io.gatehouse.http.internal.BufferedBody;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The request with its body, already read to check a signature, readable again by the application;
 * a form body ({@code application/x-www-form-urlencoded}) also gives its parameters, after the query
 * string's, as the container would have.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {
  private final BufferedBody body;

  BufferedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = new BufferedBody(body);
  }

  private Map<String, String[]> parameters() {
    return body.parameters(getQueryString(), getContentType(), getCharacterEncoding());
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters().get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters();
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters().keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] values = parameters().get(name);
    return values == null ? null : values.clone();
  }

  @Override
  public int getContentLength() {
    return body.length();
  }

  @Override
  public long getContentLengthLong() {
    return body.length();
  }

  @Override
  public ServletInputStream getInputStream() {
    InputStream in = body.stream();
    return new ServletInputStream() {
      @Override
      public int read() throws IOException {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
      }

      @Override
      public int available() throws IOException {
        return in.available();
      }

      @Override
      public boolean isFinished() {
        try {
          return in.available() == 0;
        } catch (IOException e) {
          return true;
        }
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        try {
          listener.onDataAvailable();
          listener.onAllDataRead();
        } catch (IOException e) {
          listener.onError(e);
        }
      }
    };
  }

  @Override
  public BufferedReader getReader() throws UnsupportedEncodingException {
    return body.reader(getCharacterEncoding());
  }
}
