package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import org.junit.jupiter.api.Test;

class FieldNamesTest {

  private final Descriptor cluster = Cluster.getDescriptor();

  @Test
  void findsAFieldByItsProtoNameAndByItsJsonName() {
    assertThat(FieldNames.find(cluster, "connect_timeout"))
        .isSameAs(cluster.findFieldByName("connect_timeout"));
    assertThat(FieldNames.find(cluster, "connectTimeout"))
        .isSameAs(cluster.findFieldByName("connect_timeout"));
    assertThat(FieldNames.find(cluster, "name")).isSameAs(cluster.findFieldByName("name"));
  }

  @Test
  void aNameOfNoFieldIsNotFound() {
    assertThat(FieldNames.find(cluster, "conectTimeout")).isNull();
    assertThat(FieldNames.find(cluster, "ConnectTimeout")).isNull();
    assertThat(FieldNames.find(cluster, "")).isNull();
  }

  @Test
  void everyFieldOfEveryNestedTypeIsFoundByBothNames() {
    for (Descriptor type : cluster.getNestedTypes()) {
      type.getFields()
          .forEach(
              f -> {
                assertThat(FieldNames.find(type, f.getName())).isSameAs(f);
                assertThat(FieldNames.find(type, f.getJsonName()).getJsonName())
                    .isEqualTo(f.getJsonName());
              });
    }
  }
}
