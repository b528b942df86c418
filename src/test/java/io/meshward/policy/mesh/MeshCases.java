package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import io.meshward.core.Violations;
import io.meshward.policy.PolicyRole;
import io.meshward.policy.ValidationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Builds Mesh objects from YAML specs and runs {@link MeshValidator} on them. */
final class MeshCases {

  private MeshCases() {}

  /** A Kubernetes Mesh named {@code name} with the spec given as YAML. */
  static KumaResource mesh(String name, String specYaml) {
    try {
      JsonNode spec = Json.YAML.readTree(specYaml.isBlank() ? "{}" : specYaml);
      var raw = Json.MAPPER.createObjectNode();
      raw.put("apiVersion", "kuma.io/v1alpha1").put("kind", "Mesh");
      raw.putObject("metadata").put("name", name);
      raw.set("spec", spec);
      return KumaResource.of(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code field: message} of every violation of creating a mesh {@code default}. */
  static List<String> create(String specYaml) {
    return run(new MeshValidator(), Operation.CREATE, mesh("default", specYaml), null);
  }

  /** {@code field: message} of every violation of updating {@code oldYaml} to {@code newYaml}. */
  static List<String> update(String oldYaml, String newYaml) {
    return run(
        new MeshValidator(), Operation.UPDATE, mesh("default", newYaml), mesh("default", oldYaml));
  }

  /** {@code field: message} of every violation {@code validator} reports. */
  static List<String> run(
      MeshValidator validator, Operation op, KumaResource object, KumaResource old) {
    Violations violations = new Violations("mesh");
    validator.validate(
        new ValidationContext(object, old, op, PolicyRole.SYSTEM), violations, new ArrayList<>());
    return violations.list().stream().map(v -> v.field() + ": " + v.message()).toList();
  }
}
