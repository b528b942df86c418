package io.meshward.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Json;
import io.meshward.core.KumaKind;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazySchemaCheckTest {

  @Test
  void buildsTheCheckOnceOnFirstUseAndDelegates() {
    AtomicInteger built = new AtomicInteger();
    LazySchemaCheck lazy =
        new LazySchemaCheck(
            () -> {
              built.incrementAndGet();
              return JsonSchemaCheck.fromClasspath();
            });
    assertThat(built).hasValue(0);
    var object = Json.MAPPER.createObjectNode();
    object.put("apiVersion", "kuma.io/v1alpha1");
    object.put("kind", "MeshTimeout");
    object.putObject("metadata").put("name", "t");
    object.putObject("spec").put("bogus", true);
    SchemaReport report = lazy.validate(KumaKind.MESH_TIMEOUT, object);
    lazy.warmUp();
    lazy.validate(KumaKind.MESH_TIMEOUT, object);
    assertThat(built).hasValue(1);
    assertThat(report.violations()).extracting(v -> v.field()).contains("spec.bogus");
  }
}
