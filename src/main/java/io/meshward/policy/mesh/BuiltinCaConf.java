package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.GoQuote;
import io.meshward.policy.mesh.ConfShape.Scalar;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code BuiltinCaConf} is the {@code builtin} CA plugin's {@code ValidateBackend}: the conf must
 * convert to its typed config ({@code caCert.RSAbits}, {@code caCert.expiration}), and the name of
 * the Secret that will hold the CA certificate, {@code <mesh>.ca-builtin-cert-<backend>}, must be
 * at most 255 bytes and a lowercase DNS name (govalidator's {@code IsDNSName}: labels of at most 63
 * letters, digits, {@code _} or {@code -}, not starting with {@code -}). Paths are relative to the
 * backend's {@code conf}.
 */
final class BuiltinCaConf {

  private static final ConfShape SHAPE =
      ConfShape.of(
          "caCert", ConfShape.of("RSAbits", Scalar.UINT32_VALUE, "expiration", Scalar.STRING));

  static final int MAX_SECRET_NAME_LENGTH = 255;
  private static final String NAME_FIELD = "mtls.backends.name";
  private static final Pattern DNS_NAME =
      Pattern.compile(
          "^([a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})(\\.[a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})*[._]?$");

  private BuiltinCaConf() {}

  /** The violations of the builtin CA backend {@code backend} of the Mesh {@code mesh}. */
  static FieldErrors validate(String mesh, String backend, JsonNode conf) {
    FieldErrors errs = new FieldErrors();
    String error = SHAPE.decodeError(conf);
    if (error != null) {
      errs.add("", "could not convert backend config: " + error);
    }
    String name = backend == null ? "" : backend;
    String secret = mesh + ".ca-builtin-cert-" + name;
    if (secret.getBytes(StandardCharsets.UTF_8).length > MAX_SECRET_NAME_LENGTH) {
      errs.add(NAME_FIELD, "Backend name is too long. Max length: " + MAX_SECRET_NAME_LENGTH);
    }
    if (!isDnsName(secret) || !secret.equals(secret.toLowerCase(Locale.ROOT))) {
      errs.add(NAME_FIELD, GoQuote.of(name) + " name must be valid dns name");
    }
    return errs;
  }

  private static boolean isDnsName(String name) {
    return name.replace(".", "").getBytes(StandardCharsets.UTF_8).length <= 255
        && DNS_NAME.matcher(name).matches();
  }
}
