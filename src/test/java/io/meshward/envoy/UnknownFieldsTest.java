package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownFieldsTest {

  private final ProtoEnvoyValueParser parser = new ProtoEnvoyValueParser();

  @Test
  void topLevelNestedAndRepeatedUnknownFields() {
    ParsedValue parsed =
        parser.parse(
            EnvoyType.CLUSTER,
            """
            name: xyz
            conectTimeout: 5s
            connectTimeout: 5s
            circuitBreakers:
              thresholds:
              - maxConnections: 10
              - maxConection: 1024
            commonLbConfig:
              healthyPanicThreshold: {valu: 50}
            """,
            true);
    assertThat(parsed.valid()).isTrue();
    assertThat(parsed.unknownFields())
        .containsExactly(
            "conectTimeout",
            "circuitBreakers.thresholds[1].maxConection",
            "commonLbConfig.healthyPanicThreshold.valu");
  }

  @Test
  void unknownFieldsInsideTypedConfig() {
    ParsedValue tcp =
        parser.parse(
            EnvoyType.NETWORK_FILTER,
            """
            name: envoy.filters.network.tcp_proxy
            typedConfig:
              '@type': type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy
              statPrefx: backend
              statPrefix: backend
              cluster: backend
            """,
            true);
    assertThat(tcp.error()).isNull();
    assertThat(tcp.unknownFields()).containsExactly("typedConfig.statPrefx");

    ParsedValue hcm =
        parser.parse(
            EnvoyType.NETWORK_FILTER,
            """
            name: envoy.filters.network.http_connection_manager
            typedConfig:
              '@type': type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
              statPrefix: in
              streamIdleTimout: 5s
              routeConfig:
                virtualHosts:
                - name: all
                  domains: ["*"]
                  rutes: []
              httpFilters:
              - name: envoy.filters.http.router
                typedConfig:
                  '@type': type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
                  dynamicStat: false
            """,
            true);
    assertThat(hcm.error()).isNull();
    assertThat(hcm.unknownFields())
        .containsExactly(
            "typedConfig.streamIdleTimout",
            "typedConfig.routeConfig.virtualHosts[0].rutes",
            "typedConfig.httpFilters[0].typedConfig.dynamicStat");
  }

  @Test
  void unknownFieldsInMapValues() {
    ParsedValue parsed =
        parser.parse(
            EnvoyType.CLUSTER,
            """
            name: c
            typedExtensionProtocolOptions:
              envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
                '@type': type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
                explicitHttpConfig: {http2ProtocolOptions: {}}
                idleTimeout: 1s
            """,
            false);
    assertThat(parsed.unknownFields())
        .containsExactly(
            "typedExtensionProtocolOptions[envoy.extensions.upstreams.http.v3.HttpProtocolOptions]"
                + ".idleTimeout");
  }
}
