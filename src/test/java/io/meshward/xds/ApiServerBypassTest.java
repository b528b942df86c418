package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import io.meshward.policy.PolicyRoles;
import io.meshward.testing.Golden;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Kuma's Kubernetes API-server bypass ({@code pkg/plugins/bootstrap/k8s/xds/hooks}). */
class ApiServerBypassTest {

  private static final ApiServerBypass BYPASS = new ApiServerBypass("1.1.1.1", 9090);
  private static final Path GOLDEN = Path.of("src/test/resources/xds/golden/bypass");

  private static String yaml(ProxyIdentity proxy) throws Exception {
    ResourceSet set = new ResourceSet();
    BYPASS.resources(proxy, Duration.ofSeconds(5)).forEach(set::add);
    return XdsOutput.yaml(XdsOutput.document(set));
  }

  @Test
  void legacyNamesAsKumaWritesThem() throws Exception {
    // Kuma's testdata/api-server-bypass.yaml, with the 5s connect timeout of Kuma 2.6 and later;
    // goldens regenerate with -Dgolden.update=true
    Golden.assertMatches(
        GOLDEN.resolve("legacy-names.yaml"), yaml(ProxyIdentity.of("default", "web", "demo")));
  }

  @Test
  void unifiedNamesAsKumaWritesThem() throws Exception {
    // Kuma's testdata/api-server-bypass-unified-naming.yaml
    Golden.assertMatches(
        GOLDEN.resolve("unified-naming.yaml"),
        yaml(ProxyIdentity.of("default", "web", "demo").withFlags(false, true)));
  }

  @Test
  void addressesAreParsedAndReadFromThePodEnvironment() {
    assertThat(ApiServerBypass.parse("10.96.0.1:443"))
        .isEqualTo(new ApiServerBypass("10.96.0.1", 443));
    assertThat(ApiServerBypass.parse("[fd00:10:96::1]:443"))
        .isEqualTo(new ApiServerBypass("fd00:10:96::1", 443));
    for (String bad : List.of("10.96.0.1", ":443", "host:0", "host:65536", "host:https")) {
      assertThatThrownBy(() -> ApiServerBypass.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("want host:port");
    }
    assertThat(
            ApiServerBypass.fromEnvironment(
                Map.of("KUBERNETES_SERVICE_HOST", "fd00::1", "KUBERNETES_SERVICE_PORT", "443")))
        .contains(new ApiServerBypass("fd00::1", 443));
    assertThat(ApiServerBypass.fromEnvironment(Map.of())).isEmpty();
  }

  @Test
  void addedAfterEveryPatchOnlyWhenTheMeshTurnsPassthroughOff() throws Exception {
    ProxyRenderer renderer =
        new ProxyRenderer(
            PassthroughOptions.kuma(),
            new PolicySelection(new PolicyRoles(Set.of("kuma-system"))),
            Optional.of(BYPASS));
    // removes every listener: the bypass, added after the patches, is not among them
    KumaResource removeAll =
        KumaResource.of(
            Json.YAML.readTree(
                """
                apiVersion: kuma.io/v1alpha1
                kind: MeshProxyPatch
                metadata: {name: strip, namespace: kuma-system, labels: {kuma.io/mesh: default}}
                spec:
                  targetRef: {kind: Mesh}
                  default:
                    appendModifications:
                      - listener: {operation: Remove}
                """));
    ProxyIdentity proxy = ProxyIdentity.of("default", "web", "demo");
    ResourceSet off =
        renderer.render(proxy, new MeshInputs(mesh("false"), List.of(removeAll), List.of()));
    assertThat(off.ofType(XdsTypes.LISTENER))
        .extracting(XdsResource::name)
        .containsExactly(ApiServerBypass.LEGACY_NAME);
    assertThat(off.get(XdsTypes.CLUSTER, ApiServerBypass.LEGACY_NAME)).isPresent();
    for (String passthrough : List.of("true", "null")) {
      ResourceSet on =
          renderer.render(proxy, new MeshInputs(mesh(passthrough), List.of(), List.of()));
      assertThat(on.get(XdsTypes.LISTENER, ApiServerBypass.LEGACY_NAME)).isEmpty();
    }
  }

  private static KumaResource mesh(String passthrough) throws Exception {
    return KumaResource.of(
        Json.YAML.readTree(
            """
            apiVersion: kuma.io/v1alpha1
            kind: Mesh
            metadata: {name: default}
            spec: {networking: {outbound: {passthrough: %s}}}
            """
                .formatted(passthrough)));
  }
}
