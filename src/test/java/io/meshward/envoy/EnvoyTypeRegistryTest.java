package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import io.envoyproxy.pgv.validate.Validate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvoyTypeRegistryTest {

  @Test
  void knowsEnvoyExtensionsAndXdsTypes() {
    EnvoyTypeRegistry registry = EnvoyTypeRegistry.get();
    assertThat(
            registry.forTypeUrl(
                "type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy"))
        .isNotNull();
    assertThat(registry.find("envoy.extensions.filters.http.router.v3.Router")).isNotNull();
    assertThat(registry.find("xds.type.v3.TypedStruct")).isNotNull();
    assertThat(registry.find("udpa.type.v1.TypedStruct")).isNotNull();
    assertThat(registry.find("google.protobuf.Duration")).isNotNull();
    assertThat(registry.find("envoy.config.cluster.v3.Cluster.CommonLbConfig").getFullName())
        .isEqualTo("envoy.config.cluster.v3.Cluster.CommonLbConfig");
    assertThat(registry.forTypeUrl("type.googleapis.com/no.such.Type")).isNull();
    assertThat(registry.stats().indexed()).isGreaterThan(2000);
  }

  @Test
  void jsonRegistryGrowsToCoverTheTypesAskedFor() {
    EnvoyTypeRegistry registry = EnvoyTypeRegistry.get();
    String rbac = "envoy.extensions.filters.network.rbac.v3.RBAC";
    var covering = registry.jsonRegistryFor(List.of("type.googleapis.com/" + rbac));
    assertThat(covering.find(rbac)).isNotNull();
    var later = registry.jsonRegistryFor(List.of("envoy.config.listener.v3.Listener"));
    assertThat(later.find(rbac)).isNotNull();
    assertThat(later.find("envoy.config.listener.v3.Listener")).isNotNull();
    assertThat(registry.jsonRegistryFor(List.of("no.such.Type")).find("no.such.Type")).isNull();
  }

  @Test
  void descriptorsCarryValidateRules() {
    var name =
        EnvoyTypeRegistry.get().find("envoy.config.cluster.v3.Cluster").findFieldByName("name");
    assertThat(name.getOptions().getExtension(Validate.rules).getString().getMinLen()).isEqualTo(1);
  }
}
