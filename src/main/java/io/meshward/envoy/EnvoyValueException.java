package io.meshward.envoy;

/** {@code EnvoyValueException} says, in one line, why a value is not a valid Envoy resource. */
public final class EnvoyValueException extends Exception {

  private static final long serialVersionUID = 1L;

  EnvoyValueException(String message) {
    super(message, null, false, false);
  }
}
