package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstraintCheckerTest {

  private final ProtoEnvoyValueParser parser = new ProtoEnvoyValueParser();

  private String error(EnvoyType type, String value) {
    return parser.parse(type, value, true).error();
  }

  @Test
  void clusterNameAndConnectTimeout() {
    assertThat(error(EnvoyType.CLUSTER, "connectTimeout: 5s"))
        .isEqualTo("invalid Cluster.Name: value length must be at least 1 runes");
    assertThat(error(EnvoyType.CLUSTER, "name: c\nconnectTimeout: 0s"))
        .isEqualTo("invalid Cluster.ConnectTimeout: value must be greater than 0s");
    // A value reports its first violation, as Kuma's call of Validate() does ...
    assertThat(error(EnvoyType.CLUSTER, "connectTimeout: 0s"))
        .isEqualTo("invalid Cluster.Name: value length must be at least 1 runes");
    // ... a generated resource every violation, as Kuma's ValidateAll() of each resource does.
    assertThat(
            EnvoyConstraints.check(
                io.envoyproxy.envoy.config.cluster.v3.Cluster.newBuilder()
                    .setConnectTimeout(com.google.protobuf.Duration.getDefaultInstance())
                    .build()))
        .containsExactly(
            "invalid Cluster.Name: value length must be at least 1 runes",
            "invalid Cluster.ConnectTimeout: value must be greater than 0s");
  }

  @Test
  void nestedMessagesReportTheirFirstViolationToo() {
    assertThat(error(EnvoyType.VIRTUAL_HOST, "{}"))
        .isEqualTo("invalid VirtualHost.Name: value length must be at least 1 runes");
    assertThat(error(EnvoyType.VIRTUAL_HOST, "name: v\ndomains: ['*']\nroutes: [{match: {}}]"))
        .isEqualTo(
            "invalid VirtualHost.Routes[0]: embedded message failed validation | caused by: invalid"
                + " Route.Match: embedded message failed validation | caused by: invalid"
                + " RouteMatch.PathSpecifier: value is required");
  }

  @Test
  void filterNames() {
    assertThat(error(EnvoyType.HTTP_FILTER, "name: ''"))
        .isEqualTo("invalid HttpFilter.Name: value length must be at least 1 runes");
    assertThat(error(EnvoyType.NETWORK_FILTER, "{}"))
        .isEqualTo("invalid Filter.Name: value length must be at least 1 runes");
  }

  @Test
  void virtualHostWithoutDomains() {
    assertThat(error(EnvoyType.VIRTUAL_HOST, "name: vh"))
        .isEqualTo("invalid VirtualHost.Domains: value must contain at least 1 item(s)");
  }

  @Test
  void undefinedEnumNumber() {
    assertThat(error(EnvoyType.CLUSTER, "name: c\nlbPolicy: 42"))
        .isEqualTo("invalid Cluster.LbPolicy: value must be one of the defined enum values");
  }

  @Test
  void nestedMessagesAndRepeatedItems() {
    assertThat(
            error(
                EnvoyType.VIRTUAL_HOST,
                """
                name: vh
                domains: ["*"]
                routes:
                - match: {prefix: /}
                  route: {cluster: ''}
                """))
        .isEqualTo(
            "invalid VirtualHost.Routes[0]: embedded message failed validation | caused by: "
                + "invalid Route.Route: embedded message failed validation | caused by: "
                + "invalid RouteAction.Cluster: value length must be at least 1 runes");
  }

  @Test
  void requiredOneofAndRequiredMessage() {
    assertThat(
            error(
                EnvoyType.VIRTUAL_HOST, "name: vh\ndomains: ['*']\nroutes:\n- route: {cluster: c}"))
        .isEqualTo(
            "invalid VirtualHost.Routes[0]: embedded message failed validation | caused by: "
                + "invalid Route.Match: value is required");
    assertThat(
            error(
                EnvoyType.VIRTUAL_HOST,
                "name: vh\ndomains: ['*']\nroutes:\n- match: {prefix: /}\n  route: {}"))
        .isEqualTo(
            "invalid VirtualHost.Routes[0]: embedded message failed validation | caused by: "
                + "invalid Route.Route: embedded message failed validation | caused by: "
                + "invalid RouteAction.ClusterSpecifier: value is required");
  }

  @Test
  void tcpProxyTypedConfigWithoutStatPrefix() {
    String value =
        """
        name: envoy.filters.network.tcp_proxy
        typedConfig:
          '@type': type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy
          cluster: backend
        """;
    assertThat(error(EnvoyType.NETWORK_FILTER, value))
        .isEqualTo(
            "invalid Filter.TypedConfig: embedded message failed validation | caused by: "
                + "invalid TcpProxy.StatPrefix: value length must be at least 1 runes");
    assertThat(
            ProtoEnvoyValueParser.matchingKuma()
                .parse(EnvoyType.NETWORK_FILTER, value, true)
                .valid())
        .isTrue();
  }

  @Test
  void wrapperAndNumericRanges() {
    assertThat(
            error(
                EnvoyType.CLUSTER,
                "name: c\ncommonLbConfig: {healthyPanicThreshold: {value: 150}}"))
        .isEqualTo(
            "invalid Cluster.CommonLbConfig: embedded message failed validation | caused by: "
                + "invalid Cluster_CommonLbConfig.HealthyPanicThreshold: embedded message failed"
                + " validation | caused by: invalid Percent.Value: value must be inside range [0, 100]");
    assertThat(error(EnvoyType.CLUSTER, "name: c\nperConnectionBufferLimitBytes: 0")).isNull();
  }

  @Test
  void wellKnownStringFormats() {
    assertThat(
            error(
                EnvoyType.VIRTUAL_HOST,
                """
                name: vh
                domains: ['*']
                requestHeadersToRemove: ["ok header", "bad\\nheader"]
                """))
        .isEqualTo(
            "invalid VirtualHost.RequestHeadersToRemove[1]: value does not match regex pattern"
                + " \"^[^\\x00\\n\\r]*$\"");
  }

  @Test
  void constraintsAreNotAppliedWhenNotAsked() {
    assertThat(parser.parse(EnvoyType.CLUSTER, "connectTimeout: 0s", false).valid()).isTrue();
    assertThat(parser.parse(EnvoyType.HTTP_FILTER, "name: ''", false).valid()).isTrue();
    assertThat(parser.parse(EnvoyType.VIRTUAL_HOST, "name: vh", false).valid()).isTrue();
  }
}
