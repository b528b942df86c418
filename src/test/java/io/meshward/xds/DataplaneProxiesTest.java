package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One reading of a Dataplane for the server's store and for {@code check --xds}. */
class DataplaneProxiesTest {

  private static final PolicySelection SELECTION =
      new PolicySelection(new io.meshward.policy.PolicyRoles(java.util.Set.of("kuma-system")));

  private static boolean targets(String targetRef, ProxyIdentity proxy) throws Exception {
    var patch =
        io.meshward.core.KumaResource.of(
            Json.YAML.readTree(
                "apiVersion: kuma.io/v1alpha1\nkind: MeshProxyPatch\n"
                    + "metadata: {name: p, namespace: kuma-system, labels: {kuma.io/mesh: m}}\n"
                    + "spec: {targetRef: "
                    + targetRef
                    + "}"));
    return !SELECTION.select(java.util.List.of(patch), proxy).isEmpty();
  }

  @Test
  void labelsAreForDataplaneTargetRefsAndInboundTagsForTheOthers() throws Exception {
    ProxyIdentity p =
        DataplaneProxies.of(
            Json.YAML.readTree(
                """
                type: Dataplane
                name: multi-1
                mesh: m
                labels: {app: frontend}
                networking:
                  inbound:
                  - tags: {kuma.io/service: web}
                  - tags: {kuma.io/service: admin, version: v2}
                """));
    assertThat(targets("{kind: Dataplane, labels: {app: frontend}}", p)).isTrue();
    assertThat(targets("{kind: Dataplane, labels: {kuma.io/service: web}}", p)).isFalse();
    // any inbound selects the proxy, the second one too
    assertThat(targets("{kind: MeshService, name: admin}", p)).isTrue();
    assertThat(targets("{kind: MeshSubset, tags: {kuma.io/service: admin}}", p)).isTrue();
    assertThat(targets("{kind: MeshServiceSubset, name: admin, tags: {version: v2}}", p)).isTrue();
    // ... but one inbound must carry all the wanted tags
    assertThat(targets("{kind: MeshServiceSubset, name: web, tags: {version: v2}}", p)).isFalse();
    assertThat(targets("{kind: MeshSubset, tags: {app: frontend}}", p)).isFalse();
  }

  @Test
  void kubernetesForm() throws Exception {
    ProxyIdentity p =
        DataplaneProxies.of(
            Json.YAML.readTree(
                """
                apiVersion: kuma.io/v1alpha1
                kind: Dataplane
                metadata: {name: web-1, namespace: demo, labels: {kuma.io/mesh: m1, app: web}}
                spec:
                  networking:
                    transparentProxying: {ipFamilyMode: DualStack}
                    inbound:
                    - port: 8080
                      tags: {kuma.io/service: web, version: v1}
                """));
    assertThat(p.mesh()).isEqualTo("m1");
    assertThat(p.nodeId()).isEqualTo("web-1.demo");
    assertThat(p.ipv6()).isTrue();
    assertThat(p.labels()).isEqualTo(Map.of("kuma.io/mesh", "m1", "app", "web"));
    assertThat(p.inbounds())
        .containsExactly(
            new ProxyIdentity.Inbound(8080, Map.of("kuma.io/service", "web", "version", "v1")));
  }

  @Test
  void redirectPortsComeFromTransparentProxying() throws Exception {
    String dp =
        """
        type: Dataplane
        name: d
        mesh: m
        networking:
          inbound: [{tags: {kuma.io/service: d}}]
        %s
        """;
    ProxyIdentity custom =
        DataplaneProxies.of(
            Json.YAML.readTree(
                dp.formatted(
                    "  transparentProxying: {redirectPortOutbound: 15101, redirectPortInbound: 15106}")));
    assertThat(custom.redirect()).isEqualTo(new Redirect(15101, 15106));
    ProxyIdentity none = DataplaneProxies.of(Json.YAML.readTree(dp.formatted("")));
    assertThat(none.redirect().enabled()).isFalse();

    TransparentProxyGenerator generator = new TransparentProxyGenerator(PassthroughOptions.kuma());
    ResourceSet set = generator.generate(custom, true);
    assertThat(
            set.sorted().stream()
                .filter(
                    r -> r.resource() instanceof io.envoyproxy.envoy.config.listener.v3.Listener)
                .map(
                    r ->
                        ((io.envoyproxy.envoy.config.listener.v3.Listener) r.resource())
                            .getAddress()
                            .getSocketAddress()
                            .getPortValue()))
        .containsExactlyInAnyOrder(15101, 15106);
    // Kuma generates no passthrough resources for a proxy without a transparent proxy
    assertThat(generator.generate(none, true).sorted()).isEmpty();
  }

  @Test
  void universalForm() throws Exception {
    ProxyIdentity p =
        DataplaneProxies.of(
            Json.YAML.readTree(
                """
                type: Dataplane
                name: db-1
                mesh: m2
                labels: {team: data}
                networking:
                  transparentProxying: {ipFamilyMode: IPv4}
                  inbound:
                  - port: 5432
                    tags: {kuma.io/service: db}
                """));
    assertThat(p.mesh()).isEqualTo("m2");
    assertThat(p.nodeId()).isEqualTo("db-1");
    assertThat(p.ipv6()).isFalse();
    assertThat(p.labels()).isEqualTo(Map.of("team", "data"));
    assertThat(p.inbounds())
        .containsExactly(new ProxyIdentity.Inbound(5432, Map.of("kuma.io/service", "db")));
  }
}
