package io.meshward.schema;

import static io.meshward.schema.SchemaSamples.CHECK;
import static io.meshward.schema.SchemaSamples.valid;
import static io.meshward.schema.SchemaSamples.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.KumaKind;
import io.meshward.core.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JsonSchemaCheckTest {

  private static final String MPP_HEAD =
      """
      apiVersion: kuma.io/v1alpha1
      kind: MeshProxyPatch
      metadata:
        name: mpp
        namespace: kuma-system
      spec:
      """;

  @ParameterizedTest
  @EnumSource(KumaKind.class)
  void validSampleOfEveryKindPasses(KumaKind kind) {
    SchemaReport report = CHECK.validate(kind, valid(kind));

    assertThat(report.violations()).isEmpty();
    assertThat(report.warnings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = KumaKind.class, names = "MESH", mode = EnumSource.Mode.EXCLUDE)
  void everyPolicySchemaRejectsAnUnknownSpecField(KumaKind kind) {
    ObjectNode object = valid(kind);
    ((ObjectNode) object.get("spec")).put("bogus", 1);

    assertThat(CHECK.validate(kind, object).violations())
        .containsExactly(new Violation("spec.bogus", "unknown field \"spec.bogus\"", "schema"));
  }

  @Test
  void enumViolationNamesTheSupportedValues() {
    ObjectNode mpp =
        yaml(
            MPP_HEAD
                + """
                  targetRef: {kind: Mesh}
                  default:
                    appendModifications:
                    - cluster: {operation: AddFirst}
                """);

    assertThat(CHECK.validate(KumaKind.MESH_PROXY_PATCH, mpp).violations())
        .containsExactly(
            new Violation(
                "spec.default.appendModifications[0].cluster.operation",
                "Unsupported value: \"AddFirst\": supported values: \"Add\", \"Remove\", \"Patch\"",
                "schema"));
  }

  @Test
  void missingRequiredFieldPointsAtTheField() {
    ObjectNode mpp = yaml(MPP_HEAD + "  targetRef: {kind: Mesh}\n");

    assertThat(CHECK.validate(KumaKind.MESH_PROXY_PATCH, mpp).violations())
        .containsExactly(new Violation("spec.default", "Required value", "schema"));
  }

  @Test
  void wrongTypeIsOneViolationEvenWhereAnEnumAlsoFails() {
    ObjectNode mpp = yaml(MPP_HEAD + "  targetRef: {kind: 5}\n  default: {}\n");

    assertThat(CHECK.validate(KumaKind.MESH_PROXY_PATCH, mpp).violations())
        .containsExactly(
            new Violation(
                "spec.targetRef.kind",
                "Invalid value: \"integer\": must be of type string",
                "schema"));
  }

  @Test
  void mapKeysRenderInBrackets() {
    ObjectNode mpp =
        yaml(
            MPP_HEAD
                + """
                  targetRef:
                    kind: MeshSubset
                    tags: {kuma.io/service: 8080}
                  default: {}
                """);
    ((ObjectNode) mpp.get("metadata")).putObject("labels").put("kuma.io/mesh", true);

    assertThat(CHECK.validate(KumaKind.MESH_PROXY_PATCH, mpp).violations())
        .extracting(Violation::field, Violation::message)
        .containsExactlyInAnyOrder(
            tuple(
                "spec.targetRef.tags[\"kuma.io/service\"]",
                "Invalid value: \"integer\": must be of type string"),
            tuple(
                "metadata.labels[\"kuma.io/mesh\"]",
                "Invalid value: \"boolean\": must be of type string"));
  }

  @Test
  void boundsAndLengthsUseApiServerWording() {
    ObjectNode route = valid(KumaKind.MESH_HTTP_ROUTE);
    ObjectNode rule = (ObjectNode) route.at("/spec/to/0/rules/0");
    ((ObjectNode) rule.at("/default/backendRefs/0")).put("weight", -1);
    ((ObjectNode) rule.at("/matches/0/path")).put("value", "");

    assertThat(CHECK.validate(KumaKind.MESH_HTTP_ROUTE, route).violations())
        .extracting(Violation::describe)
        .containsExactlyInAnyOrder(
            "spec.to[0].rules[0].default.backendRefs[0].weight: must be greater than or equal to 0",
            "spec.to[0].rules[0].matches[0].path.value: should be at least 1 chars long");
  }

  @Test
  void intOrStringAcceptsBothAndRejectsOthers() {
    ObjectNode trace = valid(KumaKind.MESH_TRACE);
    ((ObjectNode) trace.at("/spec/default/sampling")).put("client", true);

    assertThat(CHECK.validate(KumaKind.MESH_TRACE, trace).violations())
        .extracting(Violation::describe)
        .containsExactly(
            "spec.default.sampling.client: Invalid value: \"boolean\": must be of type integer or"
                + " string");
  }

  @Test
  void openFieldsTakeAnything() {
    ObjectNode mpp =
        yaml(
            MPP_HEAD
                + """
                  targetRef: {kind: Mesh}
                  default:
                    appendModifications:
                    - cluster:
                        operation: Patch
                        jsonPatches:
                        - {op: add, path: /x, value: {any: [1, "two", {three: 3}]}}
                """);
    ((ObjectNode) mpp.get("metadata")).put("resourceVersion", "7").putObject("anything");

    assertThat(CHECK.validate(KumaKind.MESH_PROXY_PATCH, mpp).violations()).isEmpty();
  }
}
