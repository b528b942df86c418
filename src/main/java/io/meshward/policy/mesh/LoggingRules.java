package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.policy.mesh.ConfShape.Scalar;

/**
 * {@code LoggingRules} is Kuma's {@code validateLogging}: each backend has a name and a known type
 * ({@code file} with a {@code path}, {@code tcp} with a {@code HOST:PORT} address), names are
 * unique, and {@code defaultBackend} names a backend. Paths are relative to {@code logging}; note
 * that Kuma reports the backend's {@code conf} as {@code config}.
 */
final class LoggingRules {

  private static final ConfShape FILE = ConfShape.of("path", Scalar.STRING);
  private static final ConfShape TCP = ConfShape.of("address", Scalar.STRING);

  private LoggingRules() {}

  /** The violations of {@code logging}; none when it is unset. */
  static FieldErrors validate(JsonNode logging) {
    return BackendNames.validateList(
        logging, LoggingRules::backend, "has to be set to one of the logging backend in mesh");
  }

  private static FieldErrors backend(JsonNode backend) {
    FieldErrors errs = new FieldErrors();
    if ("".equals(SpecNodes.text(backend, "name"))) {
      errs.add("name", "cannot be empty");
    }
    String type = SpecNodes.text(backend, "type");
    JsonNode conf = SpecNodes.get(backend, "conf");
    if ("file".equals(type)) {
      errs.addAt("config", file(conf));
    } else if ("tcp".equals(type)) {
      errs.addAt("config", tcp(conf));
    } else if (type != null) {
      errs.add("type", "unknown backend type. Available backends: \"tcp\", \"file\"");
    }
    return errs;
  }

  private static FieldErrors file(JsonNode conf) {
    FieldErrors errs = new FieldErrors();
    String error = FILE.decodeError(conf);
    if (error != null) {
      errs.add("", "could not parse config: " + error);
    } else if (SpecNodes.text(conf, "path").isEmpty()) {
      errs.add("path", "cannot be empty");
    }
    return errs;
  }

  private static FieldErrors tcp(JsonNode conf) {
    FieldErrors errs = new FieldErrors();
    String error = TCP.decodeError(conf);
    if (error != null) {
      errs.add("", "could not parse config: " + error);
      return errs;
    }
    String address = SpecNodes.text(conf, "address");
    if (address.isEmpty()) {
      errs.add("address", "cannot be empty");
      return errs;
    }
    HostPort hp = HostPort.split(address);
    if (hp == null || hp.host().isEmpty() || hp.port().isEmpty()) {
      errs.add("address", "has to be in format of HOST:PORT");
    }
    return errs;
  }
}
