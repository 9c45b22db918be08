package io.gatehouse.store;

/**
 * A write was based on a version of an account that is no longer the stored one: someone else (an
 * edit on disk, another application instance) changed it in between. Nothing was saved; read the
 * fresh version and make the change again.
 */
public final class StaleVersionException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public StaleVersionException(String message) {
    super(message);
  }
}
