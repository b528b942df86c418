package io.meshward.cli.xds;

/** {@code InputException} is a file that cannot be read or understood (exit code 2). */
final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
