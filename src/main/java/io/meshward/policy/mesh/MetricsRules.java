package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.policy.mesh.ConfShape.EnumOf;
import io.meshward.policy.mesh.ConfShape.ListOf;
import io.meshward.policy.mesh.ConfShape.Scalar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code MetricsRules} is Kuma's {@code validateMetrics}: unique backend names, type {@code
 * prometheus} only, a prometheus {@code conf} that converts, does not combine {@code skipMTLS} with
 * a different {@code tls.mode}, has a valid {@code envoy.filterRegex} and unique {@code aggregate}
 * names; {@code enabledBackend} names a backend. Paths are relative to {@code metrics}.
 */
final class MetricsRules {

  private static final ConfShape AGGREGATE =
      ConfShape.of(
          "name", Scalar.STRING,
          "port", Scalar.UINT32,
          "path", Scalar.STRING,
          "enabled", Scalar.BOOL_VALUE,
          "address", Scalar.STRING);
  private static final ConfShape PROMETHEUS =
      ConfShape.of(
          "port",
          Scalar.UINT32,
          "path",
          Scalar.STRING,
          "tags",
          Scalar.STRING_MAP,
          "skipMTLS",
          Scalar.BOOL_VALUE,
          "aggregate",
          new ListOf(AGGREGATE),
          "envoy",
          ConfShape.of("filterRegex", Scalar.STRING, "usedOnly", Scalar.BOOL_VALUE),
          "tls",
          ConfShape.of("mode", new EnumOf(Set.of("activeMTLSBackend", "providedTLS", "disabled"))));

  private MetricsRules() {}

  /** The violations of {@code metrics}; none when it is unset. */
  static FieldErrors validate(JsonNode metrics) {
    FieldErrors errs = new FieldErrors();
    if (metrics == null) {
      return errs;
    }
    List<JsonNode> backends = SpecNodes.list(metrics, "backends");
    BackendNames names = new BackendNames();
    for (int i = 0; i < backends.size(); i++) {
      JsonNode backend = backends.get(i);
      String path = FieldErrors.index("backends", i);
      names.record(SpecNodes.text(backend, "name"), i, errs);
      String type = SpecNodes.text(backend, "type");
      if (type != null && !type.equals("prometheus")) {
        errs.add(path + ".type", "unknown backend type. Available backends: \"prometheus\"");
      } else if (type != null) {
        errs.addAt(path + ".conf", prometheus(SpecNodes.get(backend, "conf")));
      }
    }
    names.requireKnown(
        SpecNodes.text(metrics, "enabledBackend"),
        "enabledBackend",
        "has to be set to one of the backends in the mesh",
        errs);
    return errs;
  }

  private static FieldErrors prometheus(JsonNode conf) {
    FieldErrors errs = new FieldErrors();
    String error = PROMETHEUS.decodeError(conf);
    if (error != null) {
      errs.add("", "could not parse config: " + error);
      return errs;
    }
    JsonNode skip = SpecNodes.get(conf, "skipMTLS");
    JsonNode tls = SpecNodes.object(conf, "tls");
    if (SpecNodes.isSet(skip) && tls != null && !consistent(skip.asBoolean(), tlsMode(tls))) {
      errs.add("", "skipMTLS and tls configuration cannot be defined together");
      return errs;
    }
    String regexError =
        GoRegex.compileError(SpecNodes.text(SpecNodes.object(conf, "envoy"), "filterRegex"));
    if (regexError != null) {
      errs.add("envoy.filterRegex", "provided regexp isn't correct: " + regexError);
      return errs;
    }
    Set<String> used = new HashSet<>();
    List<JsonNode> aggregate = SpecNodes.list(conf, "aggregate");
    for (int i = 0; i < aggregate.size(); i++) {
      String name = SpecNodes.text(aggregate.get(i), "name");
      if (!used.add(name)) {
        errs.add(
            FieldErrors.index("aggregate", i) + ".name",
            "duplicate entry: " + name + ", values have to be unique");
      }
    }
    return errs;
  }

  /** {@code tls.mode} as its name; unset or 0 is {@code activeMTLSBackend}. */
  private static String tlsMode(JsonNode tls) {
    JsonNode mode = SpecNodes.get(tls, "mode");
    if (mode.isTextual()) {
      return mode.asText();
    }
    return switch (mode.asInt(0)) {
      case 1 -> "providedTLS";
      case 2 -> "disabled";
      default -> "activeMTLSBackend";
    };
  }

  private static boolean consistent(boolean skipMtls, String mode) {
    return (!skipMtls && mode.equals("activeMTLSBackend")) || (skipMtls && mode.equals("disabled"));
  }
}
