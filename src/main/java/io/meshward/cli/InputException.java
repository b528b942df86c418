package io.meshward.cli;

import io.meshward.cli.report.InputError;
import io.meshward.core.MeshwardException;

/** {@code InputException} carries an {@link InputError} out of the code that found it. */
final class InputException extends MeshwardException {

  private final transient InputError error;

  InputException(InputError error) {
    super(error.file() + ":" + error.position(), error.message());
    this.error = error;
  }

  InputError error() {
    return error;
  }
}
