package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import io.envoyproxy.pgv.validate.Validate;
import org.junit.jupiter.api.Test;

class EnvoyTypeRegistryTest {

  @Test
  void knowsEnvoyExtensionsAndXdsTypes() {
    EnvoyTypeRegistry registry = EnvoyTypeRegistry.get();
    System.out.println("envoy type registry: " + registry.stats());
    assertThat(
            registry.forTypeUrl(
                "type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy"))
        .isNotNull();
    assertThat(registry.find("envoy.extensions.filters.http.router.v3.Router")).isNotNull();
    assertThat(registry.find("xds.type.v3.TypedStruct")).isNotNull();
    assertThat(registry.find("udpa.type.v1.TypedStruct")).isNotNull();
    assertThat(registry.find("google.protobuf.Duration")).isNotNull();
    assertThat(registry.find("envoy.config.cluster.v3.Cluster.CommonLbConfig")).isNotNull();
    assertThat(registry.forTypeUrl("type.googleapis.com/no.such.Type")).isNull();
    assertThat(registry.stats().messages()).isGreaterThan(2000);
    assertThat(registry.typeRegistry().find("envoy.config.listener.v3.Listener")).isNotNull();
  }

  @Test
  void descriptorsCarryValidateRules() {
    var name =
        EnvoyTypeRegistry.get().find("envoy.config.cluster.v3.Cluster").findFieldByName("name");
    assertThat(name.getOptions().getExtension(Validate.rules).getString().getMinLen()).isEqualTo(1);
  }
}
