package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.policy.mesh.ConfShape.Scalar;
import java.util.Set;

/**
 * {@code TracingRules} is Kuma's {@code validateTracing}: each backend has a name, a sampling in
 * [0, 100] and a known type ({@code zipkin}: valid URL with an explicit port and a known {@code
 * apiVersion}; {@code datadog}: an address and a port in [1, 65535]); names are unique and {@code
 * defaultBackend} names a backend. Paths are relative to {@code tracing}.
 */
final class TracingRules {

  private static final ConfShape ZIPKIN =
      ConfShape.of(
          "url", Scalar.STRING,
          "traceId128bit", Scalar.BOOL,
          "apiVersion", Scalar.STRING,
          "sharedSpanContext", Scalar.BOOL_VALUE);
  private static final ConfShape DATADOG =
      ConfShape.of("address", Scalar.STRING, "port", Scalar.UINT32, "splitService", Scalar.BOOL);
  private static final Set<String> API_VERSIONS = Set.of("httpJsonV1", "httpJson", "httpProto");

  private TracingRules() {}

  /** The violations of {@code tracing}; none when it is unset. */
  static FieldErrors validate(JsonNode tracing) {
    return BackendNames.validateList(
        tracing, TracingRules::backend, "has to be set to one of the tracing backend in mesh");
  }

  private static FieldErrors backend(JsonNode backend) {
    FieldErrors errs = new FieldErrors();
    if ("".equals(SpecNodes.text(backend, "name"))) {
      errs.add("name", "cannot be empty");
    }
    Double sampling = SpecNodes.number(backend, "sampling");
    if (sampling != null && (sampling < 0.0 || sampling > 100.0)) {
      errs.add("sampling", "has to be in [0.0 - 100.0] range");
    }
    String type = SpecNodes.text(backend, "type");
    JsonNode conf = SpecNodes.get(backend, "conf");
    if ("zipkin".equals(type)) {
      errs.addAt("config", zipkin(conf));
    } else if ("datadog".equals(type)) {
      errs.addAt("config", datadog(conf));
    } else if (type != null) {
      errs.add("type", "unknown backend type. Available backends: \"zipkin\", \"datadog\"");
    }
    return errs;
  }

  private static FieldErrors zipkin(JsonNode conf) {
    FieldErrors errs = new FieldErrors();
    String error = ZIPKIN.decodeError(conf);
    if (error != null) {
      errs.add("", "could not parse config: " + error);
      return errs;
    }
    String apiVersion = SpecNodes.text(conf, "apiVersion");
    if (!apiVersion.isEmpty() && !API_VERSIONS.contains(apiVersion)) {
      errs.add("apiVersion", "has invalid value. Allowed values: httpJsonV1, httpJson, httpProto");
    }
    String url = SpecNodes.text(conf, "url");
    if (url.isEmpty()) {
      errs.add("url", "cannot be empty");
      return errs;
    }
    RequestUri.port(url)
        .ifPresentOrElse(
            port -> {
              if (port.isEmpty()) {
                errs.add("url", "port has to be explicitly specified");
              }
            },
            () -> errs.add("url", "invalid URL"));
    return errs;
  }

  private static FieldErrors datadog(JsonNode conf) {
    FieldErrors errs = new FieldErrors();
    String error = DATADOG.decodeError(conf);
    if (error != null) {
      errs.add("", "could not parse config: " + error);
      return errs;
    }
    if (SpecNodes.text(conf, "address").isEmpty()) {
      errs.add("address", "cannot be empty");
    }
    JsonNode port = SpecNodes.get(conf, "port");
    double value = port.isTextual() ? Double.parseDouble(port.asText()) : port.asDouble(0);
    if (value == 0 || value > 65535) {
      errs.add("port", "port must be in the range [1, 65535]");
    }
    return errs;
  }
}
