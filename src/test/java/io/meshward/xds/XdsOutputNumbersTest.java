package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.cluster.v3.OutlierDetection;
import io.envoyproxy.envoy.config.core.v3.Metadata;
import io.envoyproxy.envoy.type.v3.Percent;
import org.junit.jupiter.api.Test;

/** Output protojson as Go writes it: whole floating-point numbers without a fraction. */
class XdsOutputNumbersTest {

  @Test
  void wholeDoublesAndStructNumbersHaveNoFraction() throws Exception {
    Struct meta =
        Struct.newBuilder()
            .putFields("n", Value.newBuilder().setNumberValue(2).build())
            .putFields("f", Value.newBuilder().setNumberValue(0.5).build())
            .putFields(
                "l",
                Value.newBuilder()
                    .setListValue(
                        com.google.protobuf.ListValue.newBuilder()
                            .addValues(Value.newBuilder().setNumberValue(5)))
                    .build())
            .build();
    Cluster cluster =
        Cluster.newBuilder()
            .setName("c")
            .setMetadata(Metadata.newBuilder().putFilterMetadata("x", meta))
            .setOutlierDetection(
                OutlierDetection.newBuilder()
                    .setSuccessRateStdevFactor(com.google.protobuf.UInt32Value.of(1900)))
            .setCommonLbConfig(
                Cluster.CommonLbConfig.newBuilder()
                    .setHealthyPanicThreshold(Percent.newBuilder().setValue(50)))
            .build();
    var resource =
        XdsOutput.document(java.util.List.of(new XdsResource("c", "test", cluster)))
            .path("resources")
            .get(0)
            .path("resource");
    String json = resource.toString();
    assertThat(json)
        .contains("\"n\":2}", "\"f\":0.5", "\"l\":[5]", "\"value\":50}", "1900")
        .doesNotContain("2.0", "5.0", "50.0");
    // and it reads back to the same message
    assertThat(ProtoJson.fromTypedJson(resource)).isEqualTo(cluster);
  }
}
