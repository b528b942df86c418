package io.meshward.policy.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.policy.mesh.MeshSettings.MtlsMode;
import org.junit.jupiter.api.Test;

class MeshSettingsTest {

  private static MeshSettings of(String specYaml) {
    return MeshSettings.of(MeshCases.mesh("default", specYaml).spec());
  }

  @Test
  void emptySpecHasPassthroughAndNoMtls() {
    assertThat(of("{}")).isEqualTo(new MeshSettings(true, false, "", MtlsMode.STRICT));
  }

  @Test
  void passthroughIsReadWhenSetToABool() {
    assertThat(of("networking: {outbound: {passthrough: false}}").passthrough()).isFalse();
    assertThat(of("networking: {outbound: {passthrough: true}}").passthrough()).isTrue();
    assertThat(of("networking: {outbound: {}}").passthrough()).isTrue();
    assertThat(of("networking: {outbound: {passthrough: null}}").passthrough()).isTrue();
  }

  @Test
  void modeIsTheEnabledBackendsMode() {
    MeshSettings settings =
        of(
            """
            mtls:
              enabledBackend: b
              backends:
              - {name: a, type: builtin, mode: STRICT}
              - {name: b, type: builtin, mode: PERMISSIVE}
            """);
    assertThat(settings.mtlsEnabled()).isTrue();
    assertThat(settings.enabledBackend()).isEqualTo("b");
    assertThat(settings.mtlsMode()).isEqualTo(MtlsMode.PERMISSIVE);
  }

  @Test
  void modeDefaultsToStrictAndAcceptsEnumNumbers() {
    assertThat(of("mtls: {enabledBackend: a, backends: [{name: a}]}").mtlsMode())
        .isEqualTo(MtlsMode.STRICT);
    assertThat(of("mtls: {enabled_backend: a, backends: [{name: a, mode: 1}]}").mtlsMode())
        .isEqualTo(MtlsMode.PERMISSIVE);
  }

  @Test
  void disabledMtlsIgnoresBackendModes() {
    MeshSettings settings = of("mtls: {backends: [{name: a, mode: PERMISSIVE}]}");
    assertThat(settings.mtlsEnabled()).isFalse();
    assertThat(settings.mtlsMode()).isEqualTo(MtlsMode.STRICT);
  }
}
