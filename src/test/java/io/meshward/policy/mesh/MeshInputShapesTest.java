package io.meshward.policy.mesh;

import static io.meshward.policy.mesh.MeshCases.create;
import static io.meshward.policy.mesh.MeshCases.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** snake_case field names and values of the wrong type. */
class MeshInputShapesTest {

  @Test
  void snakeCaseNamesAreRead() {
    assertThat(
            create(
                """
                mtls:
                  enabled_backend: other
                  backends:
                  - {name: a, type: builtin, dp_cert: {rotation: {expiration: 2e}}}
                logging:
                  default_backend: nope
                routing:
                  zone_egress: true
                """))
        .containsExactly(
            "spec.mtls.enabledBackend: has to be set to one of the backends in the mesh",
            "spec.mtls.dpcert.rotation.expiration: has to be a valid format",
            "spec.logging.defaultBackend: has to be set to one of the logging backend in mesh");
    assertThat(create("mtls: {skip_validation: true, backends: [{name: c, type: provided}]}"))
        .isEmpty();
  }

  @Test
  void snakeCaseEnabledBackendCountsForCaChange() {
    assertThat(
            update(
                "mtls: {enabled_backend: a, backends: [{name: a, type: builtin}]}",
                "mtls: {enabledBackend: b, backends: [{name: b, type: builtin}]}"))
        .containsExactly("spec.mtls.enabledBackend: " + MeshValidator.CA_CHANGE_FORBIDDEN);
  }

  @Test
  void wrongTypesNeverThrow() {
    String[] specs = {
      "mtls: x",
      "mtls: {backends: 5, enabledBackend: 3}",
      "mtls: {backends: [1, x, null, {name: 4, type: [], dpCert: 3}]}",
      "logging: {backends: [1, null, {name: a, type: tcp, conf: 5}], defaultBackend: {}}",
      "tracing: {backends: [{name: a, type: zipkin, sampling: x, conf: [1]}]}",
      "tracing: {backends: [{name: a, type: datadog, conf: {address: d, port: x}}]}",
      "metrics: {backends: [{name: a, type: prometheus, conf: {aggregate: 3, envoy: 2}}]}",
      "constraints: {dataplaneProxy: {requirements: [{tags: x}, 3], restrictions: 2}}",
      "routing: {zoneEgress: yes-please}",
      "networking: {outbound: {passthrough: maybe}}",
      "[1, 2]",
      "just-a-string"
    };
    for (String spec : specs) {
      assertThatCode(() -> create(spec)).as(spec).doesNotThrowAnyException();
      assertThatCode(() -> update(spec, spec)).as(spec).doesNotThrowAnyException();
    }
  }

  @Test
  void unreadableNamesAreSkipped() {
    assertThat(create("mtls: {backends: [{name: 4, type: builtin}]}")).isEmpty();
  }
}
