package dev.entente.error;

/** Input from the user (an actor name, a date, a flag value, a query) that cannot be used as given. */
public class UserInputException extends EntenteException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message);
  }

  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
