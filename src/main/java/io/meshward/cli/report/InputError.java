package io.meshward.cli.report;

/**
 * {@code InputError} is an input that could not be read or parsed: the run goes on with the other
 * inputs and ends with exit code 2.
 *
 * @param file the file as the user named it
 * @param position where the problem is; {@link Position#START} when unknown
 * @param message what is wrong
 */
public record InputError(String file, Position position, String message) {

  /** {@code file:line:column: message}. */
  public String describe() {
    return file + ":" + position + ": " + message;
  }
}
