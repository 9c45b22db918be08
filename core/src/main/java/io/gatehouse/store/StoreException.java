package io.gatehouse.store;

/** A change could not be saved, or the stored accounts could not be read; the last good state is kept. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception. */
  public StoreException(String message) {
    super(message);
  }
}
