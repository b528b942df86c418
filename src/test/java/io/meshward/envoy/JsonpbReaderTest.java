package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.listener.v3.Filter;
import io.envoyproxy.envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy;
import org.junit.jupiter.api.Test;

/** Envoy values read as Kuma's legacy jsonpb decoder reads them, through the value parser. */
class JsonpbReaderTest {

  private final ProtoEnvoyValueParser parser = ProtoEnvoyValueParser.matchingKuma();

  private Cluster cluster(String yaml) {
    ParsedValue parsed = parser.parse(EnvoyType.CLUSTER, yaml, false);
    assertThat(parsed.error()).isNull();
    return (Cluster) parsed.message();
  }

  private String error(String yaml) {
    return parser.parse(EnvoyType.CLUSTER, yaml, false).error();
  }

  @Test
  void durationsAreGoDurations() {
    assertThat(cluster("connectTimeout: 1m30s").getConnectTimeout().getSeconds()).isEqualTo(90);
    assertThat(cluster("connectTimeout: 250ms").getConnectTimeout().getNanos())
        .isEqualTo(250_000_000);
    assertThat(error("connectTimeout: 5"))
        .isEqualTo("json: cannot unmarshal number into Go value of type string");
    assertThat(error("connectTimeout: '5'"))
        .isEqualTo("bad Duration: time: missing unit in duration \"5\"");
  }

  @Test
  void theJsonNameWinsOverTheProtoNameAndALaterOneofMemberWins() {
    assertThat(cluster("connect_timeout: 1s\nconnectTimeout: 2s").getConnectTimeout().getSeconds())
        .isEqualTo(2);
    // type and clusterType are the oneof cluster_discovery_type; clusterType is declared later
    Cluster c = cluster("type: STRICT_DNS\nclusterType: {name: envoy.clusters.aggregate}");
    assertThat(c.hasClusterType()).isTrue();
    ParsedValue filter =
        parser.parse(
            EnvoyType.NETWORK_FILTER,
            """
            name: envoy.filters.network.tcp_proxy
            typedConfig:
              '@type': type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy
              statPrefix: s
              cluster: a
              weightedClusters: {clusters: [{name: b, weight: 1}]}
            """,
            false);
    assertThat(filter.error()).isNull();
    TcpProxy proxy = unpack(filter);
    assertThat(proxy.hasWeightedClusters()).isTrue();
    assertThat(proxy.getCluster()).isEmpty();
  }

  @Test
  void scalarsFollowGoJsonDecoding() {
    assertThat(
            cluster("perConnectionBufferLimitBytes: '1024'")
                .getPerConnectionBufferLimitBytes()
                .getValue())
        .isEqualTo(1024);
    assertThat(error("name: 123"))
        .isEqualTo("json: cannot unmarshal number into Go value of type string");
    assertThat(error("respectDnsTtl: 'true'"))
        .isEqualTo("json: cannot unmarshal string into Go value of type bool");
    assertThat(error("type: ORIGINAL_DSTT"))
        .isEqualTo(
            "unknown value \"\\\"ORIGINAL_DSTT\\\"\" for enum"
                + " envoy.config.cluster.v3.Cluster.DiscoveryType");
    assertThat(error("perConnectionBufferLimitBytes: 1.5"))
        .isEqualTo("json: cannot unmarshal number 1.5 into Go value of type uint32");
    assertThat(error("perConnectionBufferLimitBytes: -1"))
        .isEqualTo("json: cannot unmarshal number -1 into Go value of type uint32");
    assertThat(error("loadAssignment: abc"))
        .isEqualTo(
            "json: cannot unmarshal string into Go value of type map[string]json.RawMessage");
    assertThat(cluster("name: a\nloadAssignment: null").hasLoadAssignment()).isFalse();
  }

  private static TcpProxy unpack(ParsedValue filter) {
    try {
      return ((Filter) filter.message()).getTypedConfig().unpack(TcpProxy.class);
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anAnyNeedsItsType() {
    assertThat(
            parser
                .parse(
                    EnvoyType.NETWORK_FILTER,
                    "name: envoy.filters.network.tcp_proxy\ntypedConfig: {}",
                    false)
                .error())
        .isEqualTo("Any JSON doesn't have '@type'");
  }
}
