package dev.entente.error;

/** The store cannot be opened, migrated or written (locked by another process, unreadable, from a newer version). */
public class StoreException extends EntenteException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
