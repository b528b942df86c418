package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.listener.v3.Filter;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.envoyproxy.envoy.config.route.v3.VirtualHost;
import io.envoyproxy.envoy.extensions.filters.network.http_connection_manager.v3.HttpFilter;
import io.envoyproxy.envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy;
import org.junit.jupiter.api.Test;

class ProtoEnvoyValueParserTest {

  private final ProtoEnvoyValueParser parser = new ProtoEnvoyValueParser();

  @Test
  void clusterFromYamlWithSnakeCase() {
    ParsedValue parsed =
        parser.parse(
            EnvoyType.CLUSTER,
            """
            name: xyz
            connect_timeout: 5s
            type: STATIC
            circuit_breakers:
              thresholds:
              - max_connections: 1024
            """,
            true);
    assertThat(parsed.error()).isNull();
    Cluster cluster = (Cluster) parsed.message();
    assertThat(cluster.getName()).isEqualTo("xyz");
    assertThat(cluster.getConnectTimeout().getSeconds()).isEqualTo(5);
    assertThat(cluster.getType()).isEqualTo(Cluster.DiscoveryType.STATIC);
    assertThat(cluster.getCircuitBreakers().getThresholds(0).getMaxConnections().getValue())
        .isEqualTo(1024);
    assertThat(parsed.unknownFields()).isEmpty();
  }

  @Test
  void listenerFromJsonWithTypedConfig() {
    ParsedValue parsed =
        parser.parse(
            EnvoyType.LISTENER,
            """
            {"name": "l1", "address": {"socketAddress": {"address": "0.0.0.0", "portValue": 80}},
             "filterChains": [{"filters": [{"name": "envoy.filters.network.tcp_proxy",
               "typedConfig": {"@type": "type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy",
                 "statPrefix": "s", "cluster": "c"}}]}]}
            """,
            true);
    assertThat(parsed.error()).isNull();
    Listener listener = (Listener) parsed.message();
    assertThat(listener.getAddress().getSocketAddress().getPortValue()).isEqualTo(80);
    assertThat(listener.getFilterChains(0).getFilters(0).getTypedConfig().getTypeUrl())
        .endsWith("tcp_proxy.v3.TcpProxy");
  }

  @Test
  void networkFilterHttpFilterAndVirtualHost() throws Exception {
    ParsedValue filter =
        parser.parse(
            EnvoyType.NETWORK_FILTER,
            """
            name: envoy.filters.network.tcp_proxy
            typed_config:
              '@type': type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy
              stat_prefix: backend
              cluster: backend
            """,
            true);
    assertThat(filter.error()).isNull();
    TcpProxy tcp = ((Filter) filter.message()).getTypedConfig().unpack(TcpProxy.class);
    assertThat(tcp.getStatPrefix()).isEqualTo("backend");

    ParsedValue http = parser.parse(EnvoyType.HTTP_FILTER, "name: envoy.filters.http.cors", true);
    assertThat(((HttpFilter) http.message()).getName()).isEqualTo("envoy.filters.http.cors");

    ParsedValue host =
        parser.parse(
            EnvoyType.VIRTUAL_HOST,
            """
            name: backend
            domains: ["backend.mesh", "*"]
            routes:
            - match: {prefix: /}
              route: {cluster: backend, timeout: 1.5s}
            """,
            true);
    assertThat(host.error()).isNull();
    assertThat(((VirtualHost) host.message()).getDomainsList())
        .containsExactly("backend.mesh", "*");
  }

  @Test
  void truncatedInputIsUnexpectedEof() {
    assertThat(parser.parse(EnvoyType.CLUSTER, "{", true).error()).isEqualTo("unexpected EOF");
    assertThat(parser.parse(EnvoyType.CLUSTER, "{", false).error()).isEqualTo("unexpected EOF");
    assertThat(parser.parse(EnvoyType.LISTENER, "{\"name\": \"a\"", false).error())
        .isEqualTo("unexpected EOF");
    assertThat(parser.parse(EnvoyType.CLUSTER, "[1, 2", false).error()).isEqualTo("unexpected EOF");
  }

  @Test
  void emptyValueIsAnEmptyMessage() {
    ParsedValue patch = parser.parse(EnvoyType.CLUSTER, "  # nothing\n", false);
    assertThat(patch.valid()).isTrue();
    assertThat(patch.message()).isEqualTo(Cluster.getDefaultInstance());
    assertThat(parser.parse(EnvoyType.CLUSTER, "", true).error())
        .isEqualTo("invalid Cluster.Name: value length must be at least 1 runes");
  }

  @Test
  void typeErrorsAreOneLine() {
    // the legacy jsonpb decoder's errors: Go's encoding/json, time.ParseDuration, jsonpb's own
    assertThat(parser.parse(EnvoyType.CLUSTER, "type: ORIGINAL_DSTT", false).error())
        .isEqualTo(
            "unknown value \"\\\"ORIGINAL_DSTT\\\"\" for enum"
                + " envoy.config.cluster.v3.Cluster.DiscoveryType");
    assertThat(parser.parse(EnvoyType.CLUSTER, "connectTimeout: 5", false).error())
        .isEqualTo("json: cannot unmarshal number into Go value of type string");
    assertThat(parser.parse(EnvoyType.CLUSTER, "connectTimeout: 5 s", false).error())
        .isEqualTo("bad Duration: time: unknown unit \" s\" in duration \"5 s\"");
    assertThat(parser.parse(EnvoyType.CLUSTER, "name: 123", false).error())
        .isEqualTo("json: cannot unmarshal number into Go value of type string");
    assertThat(parser.parse(EnvoyType.CLUSTER, "loadAssignment: abc", false).error())
        .isEqualTo(
            "json: cannot unmarshal string into Go value of type map[string]json.RawMessage");
    assertThat(parser.parse(EnvoyType.VIRTUAL_HOST, "domains: abc", false).error())
        .isEqualTo("json: cannot unmarshal string into Go value of type []json.RawMessage");
    assertThat(parser.parse(EnvoyType.CLUSTER, "just text", false).error())
        .isEqualTo(
            "json: cannot unmarshal string into Go value of type map[string]json.RawMessage");
    // Not YAML: Kuma reads it as raw JSON, and reports Go's JSON decoder error.
    assertThat(parser.parse(EnvoyType.CLUSTER, "name: [a\nb: c", false).error())
        .isEqualTo("invalid character 'a' in literal null (expecting 'u')");
  }

  @Test
  void unknownTypedConfigTypeIsAnError() {
    String value =
        """
        name: f
        typedConfig:
          '@type': type.googleapis.com/envoy.extensions.filters.network.no_such.v3.NoSuch
          statPrefix: x
        """;
    assertThat(parser.parse(EnvoyType.NETWORK_FILTER, value, false).error())
        .isEqualTo(
            "could not resolve Any message type:"
                + " type.googleapis.com/envoy.extensions.filters.network.no_such.v3.NoSuch");
  }

  @Test
  void yamlOneOneScalarsAreResolvedLikeKuma() {
    ParsedValue parsed =
        parser.parse(
            EnvoyType.CLUSTER,
            "name: 'yes'\nrespectDnsTtl: yes\nperConnectionBufferLimitBytes: 0x400\n",
            false);
    Cluster cluster = (Cluster) parsed.message();
    assertThat(cluster.getName()).isEqualTo("yes");
    assertThat(cluster.getRespectDnsTtl()).isTrue();
    assertThat(cluster.getPerConnectionBufferLimitBytes().getValue()).isEqualTo(1024);
    assertThat(parser.parse(EnvoyType.CLUSTER, "name: yes", false).error())
        .isEqualTo("json: cannot unmarshal bool into Go value of type string");
  }

  @Test
  void infinityAndNanDoNotConvertToJsonSoTheTextIsReadAsJson() {
    // yaml.v2 reads .inf as a float that Go's JSON encoder refuses; Kuma then reads the text as
    // JSON, which fails
    ParsedValue inf = parser.parse(EnvoyType.CLUSTER, "name: .inf", false);
    assertThat(inf.valid()).isFalse();
    assertThat(inf.error()).startsWith("invalid character");
    assertThat(parser.parse(EnvoyType.CLUSTER, "name: a\nfoo: .nan", false).valid()).isFalse();
    assertThat(parser.parse(EnvoyType.CLUSTER, "name: '.inf'", false).valid()).isTrue();
  }

  @Test
  void aFloatOutOfRangeStaysText() {
    // strconv.ParseFloat fails on 1e400, so yaml.v2 keeps the scalar as a string
    Cluster cluster = (Cluster) parser.parse(EnvoyType.CLUSTER, "name: 1e400", false).message();
    assertThat(cluster.getName()).isEqualTo("1e400");
  }
}
