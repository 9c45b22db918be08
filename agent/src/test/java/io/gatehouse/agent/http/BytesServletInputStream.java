package io.gatehouse.agent.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;

/** A container's body stream for unit tests: the given bytes. */
final class BytesServletInputStream extends ServletInputStream {
  private final ByteArrayInputStream in;

  BytesServletInputStream(byte[] bytes) {
    this.in = new ByteArrayInputStream(bytes);
  }

  @Override
  public int read() {
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) {
    return in.read(b, off, len);
  }

  @Override
  public boolean isFinished() {
    return in.available() == 0;
  }

  @Override
  public boolean isReady() {
    return true;
  }

  @Override
  public void setReadListener(ReadListener listener) {
    throw new UnsupportedOperationException();
  }
}
