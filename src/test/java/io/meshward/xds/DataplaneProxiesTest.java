package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One reading of a Dataplane for the server's store and for {@code check --xds}. */
class DataplaneProxiesTest {

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
                    - tags: {kuma.io/service: web, version: v1}
                """));
    assertThat(p.mesh()).isEqualTo("m1");
    assertThat(p.nodeId()).isEqualTo("web-1.demo");
    assertThat(p.ipv6()).isTrue();
    assertThat(p.tags())
        .containsAllEntriesOf(Map.of("app", "web", "kuma.io/service", "web", "version", "v1"));
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
                  - tags: {kuma.io/service: db}
                """));
    assertThat(p.mesh()).isEqualTo("m2");
    assertThat(p.nodeId()).isEqualTo("db-1");
    assertThat(p.ipv6()).isFalse();
    assertThat(p.tags()).isEqualTo(Map.of("team", "data", "kuma.io/service", "db"));
  }
}
