package io.meshward.schema;

import static io.meshward.schema.SchemaSamples.CHECK;
import static io.meshward.schema.SchemaSamples.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.KumaKind;
import io.meshward.core.Violation;
import org.junit.jupiter.api.Test;

/** The Mesh spec schema follows protojson, as Kuma decodes a Mesh spec. */
class MeshSchemaCheckTest {

  private static SchemaReport check(String spec) {
    return CHECK.validate(
        KumaKind.MESH,
        yaml(
            "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata:\n  name: default\nspec:\n"
                + spec));
  }

  @Test
  void unknownSpecFieldIsAWarningNotAViolation() {
    SchemaReport report = check("  networking:\n    outbound:\n      passthru: false\n");

    assertThat(report.violations()).isEmpty();
    assertThat(report.warnings())
        .containsExactly("spec.networking.outbound.passthru: unknown field, Kuma ignores it");
  }

  @Test
  void unknownFieldOutsideTheSpecIsAViolation() {
    SchemaReport report = check("  {}\nstatus: {}\n");

    assertThat(report.violations())
        .containsExactly(new Violation("status", "unknown field \"status\"", "schema"));
  }

  @Test
  void unknownEnumNameIsAViolation() {
    SchemaReport report =
        check("  mtls:\n    backends:\n    - {name: ca-1, type: builtin, mode: LOOSE}\n");

    assertThat(report.violations())
        .containsExactly(
            new Violation(
                "spec.mtls.backends[0].mode",
                "Unsupported value: \"LOOSE\": supported values: \"STRICT\", \"PERMISSIVE\"",
                "schema"));
  }

  @Test
  void acceptsWhatProtojsonAccepts() {
    SchemaReport report =
        check(
            """
              mtls:
                enabled_backend: ca-1
                backends:
                - name: ca-1
                  type: provided
                  mode: 1
                  dp_cert: {rotation: {expiration: 1d}, requestTimeout: 1.5s}
                  root_chain: {request_timeout: 10s}
                  conf: {cert: {secret: s}, key: {secret: k}}
              networking: {outbound: {passthrough: false}}
              tracing:
                backends: [{name: z, type: zipkin, sampling: "99.9", conf: {url: http://z}}]
              metrics: null
              meshServices: {mode: Exclusive}
              constraints:
                dataplaneProxy:
                  requirements: [{tags: {kuma.io/zone: east}}]
            """);

    assertThat(report.violations()).isEmpty();
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void wrongTypesAreViolations() {
    SchemaReport report =
        check(
            """
              networking: {outbound: {passthrough: "no"}}
              mtls: {backends: [{name: a, dpCert: {requestTimeout: 10 seconds}}]}
              constraints: {dataplaneProxy: {requirements: [{tags: {kuma.io/zone: 1}}]}}
            """);

    assertThat(report.violations())
        .extracting(Violation::describe)
        .containsExactlyInAnyOrder(
            "spec.networking.outbound.passthrough: Invalid value: \"string\": must be of type"
                + " boolean",
            "spec.mtls.backends[0].dpCert.requestTimeout: Invalid value: \"10 seconds\": should"
                + " match '^-?([0-9]+\\.?[0-9]*|\\.[0-9]+)s$'",
            "spec.constraints.dataplaneProxy.requirements[0].tags[\"kuma.io/zone\"]: Invalid"
                + " value: \"integer\": must be of type string");
  }
}
