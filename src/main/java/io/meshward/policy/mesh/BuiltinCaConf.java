package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.policy.mesh.ConfShape.Scalar;

/**
 * {@code BuiltinCaConf} is the {@code builtin} CA plugin's {@code ValidateBackend}: the conf must
 * convert to its typed config ({@code caCert.RSAbits}, {@code caCert.expiration}). Paths are
 * relative to the backend's {@code conf}.
 */
final class BuiltinCaConf {

  private static final ConfShape SHAPE =
      ConfShape.of(
          "caCert", ConfShape.of("RSAbits", Scalar.UINT32_VALUE, "expiration", Scalar.STRING));

  private BuiltinCaConf() {}

  /** The violations of a builtin CA backend's {@code conf}. */
  static FieldErrors validate(JsonNode conf) {
    FieldErrors errs = new FieldErrors();
    String error = SHAPE.decodeError(conf);
    if (error != null) {
      errs.add("", "could not convert backend config: " + error);
    }
    return errs;
  }
}
