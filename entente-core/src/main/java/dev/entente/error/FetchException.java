package dev.entente.error;

/** A download that failed or did not verify: unreachable host, HTTP error, cut-off transfer, wrong checksum. */
public class FetchException extends EntenteException {
  private static final long serialVersionUID = 1L;

  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
