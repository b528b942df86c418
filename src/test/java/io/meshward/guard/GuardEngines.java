package io.meshward.guard;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.core.Operation;
import io.meshward.engine.AdmissionInput;
import io.meshward.engine.StandardValidators;
import io.meshward.engine.ValidationEngine;
import io.meshward.engine.Verdict;
import io.meshward.envoy.ProtoEnvoyValueParser;
import io.meshward.policy.PolicyRoles;
import io.meshward.schema.JsonSchemaCheck;
import io.meshward.schema.SchemaCheck;
import java.util.Set;

/** Builds engines with given guards and runs YAML objects through them. */
final class GuardEngines {

  private static final SchemaCheck SCHEMA = JsonSchemaCheck.fromClasspath();

  private GuardEngines() {}

  static ValidationEngine engine(TrafficGuards guards) {
    return new ValidationEngine(
        SCHEMA,
        StandardValidators.create(new ProtoEnvoyValueParser(false)),
        new PolicyRoles(Set.of("kuma-system")),
        null,
        guards);
  }

  static Verdict run(TrafficGuards guards, Operation op, String object, String old) {
    return engine(guards).validate(new AdmissionInput(op, yaml(object), yaml(old), false, "alice"));
  }

  static JsonNode yaml(String text) {
    try {
      return text == null ? null : Json.YAML.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A Mesh named {@code default} with {@code spec} (YAML, indented two spaces) and annotations. */
  static String mesh(String spec, String annotations) {
    return "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata:\n  name: default\n"
        + (annotations.isEmpty() ? "" : "  annotations: " + annotations + "\n")
        + "spec:\n"
        + spec.indent(2);
  }

  static String passthroughOff(String annotations) {
    return mesh("networking: {outbound: {passthrough: false}}", annotations);
  }

  static String meshPassthroughOn() {
    return mesh("networking: {outbound: {passthrough: true}}", "");
  }

  static String mtls(String mode) {
    return mesh(
        "mtls: {enabledBackend: ca-1, backends: [{name: ca-1, type: builtin, mode: " + mode + "}]}",
        "");
  }

  static String policy(String kind, String spec) {
    return "apiVersion: kuma.io/v1alpha1\nkind: "
        + kind
        + "\nmetadata:\n  name: p\n"
        + "  namespace: kuma-system\n  labels: {kuma.io/mesh: default}\nspec:\n"
        + spec.indent(2);
  }
}
