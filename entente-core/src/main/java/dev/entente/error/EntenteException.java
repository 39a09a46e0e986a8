package dev.entente.error;

/**
 * The root of entente's own exceptions. Unchecked; the faces (CLI, web) translate them into one clear message and
 * an exit code or HTTP status. Anything else that escapes is a bug and stays loud.
 */
public abstract class EntenteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected EntenteException(String message) {
    super(message);
  }

  protected EntenteException(String message, Throwable cause) {
    super(message, cause);
  }
}
