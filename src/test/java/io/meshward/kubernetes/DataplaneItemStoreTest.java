package io.meshward.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.meshward.bench.MockApiServer;
import org.junit.jupiter.api.Test;

class DataplaneItemStoreTest {

  private static GenericKubernetesResource dataplane(String resourceVersion, String mesh)
      throws Exception {
    return MockApiServer.resource(
        """
        apiVersion: kuma.io/v1alpha1
        kind: Dataplane
        mesh: %s
        metadata:
          name: web-1
          namespace: apps
          resourceVersion: "%s"
          labels: {app: web, kuma.io/mesh: %s}
          annotations: {kuma.io/sidecar-injected: "true"}
        spec:
          networking:
            address: 10.0.0.1
            inbound: [{port: 8080, tags: {kuma.io/service: web}}]
        """
            .formatted(mesh, resourceVersion, mesh));
  }

  @Test
  void keepsTheKeyVersionKindMeshAndLabelsOnly() throws Exception {
    DataplaneItemStore store = new DataplaneItemStore();
    GenericKubernetesResource full = dataplane("7", "default");
    String key = store.getKey(full);
    assertThat(key).isEqualTo("apps/web-1");
    assertThat(store.put(key, full)).isNull();

    GenericKubernetesResource kept = store.get(key);
    assertThat(kept.getApiVersion()).isEqualTo("kuma.io/v1alpha1");
    assertThat(kept.getKind()).isEqualTo("Dataplane");
    assertThat(kept.getMetadata().getName()).isEqualTo("web-1");
    assertThat(kept.getMetadata().getNamespace()).isEqualTo("apps");
    assertThat(kept.getMetadata().getResourceVersion()).isEqualTo("7");
    assertThat(kept.getMetadata().getLabels()).containsEntry("app", "web").hasSize(2);
    assertThat(kept.getMetadata().getAnnotations()).isNullOrEmpty();
    assertThat(kept.getAdditionalProperties()).containsOnlyKeys("mesh");
    assertThat(KubernetesDataplaneDirectory.meshOf(kept)).isEqualTo("default");
  }

  @Test
  void putAndRemoveAnswerWithThePreviousState() throws Exception {
    DataplaneItemStore store = new DataplaneItemStore();
    store.put("apps/web-1", dataplane("7", "default"));
    GenericKubernetesResource previous = store.put("apps/web-1", dataplane("8", "other"));
    assertThat(previous.getMetadata().getResourceVersion()).isEqualTo("7");
    assertThat(KubernetesDataplaneDirectory.meshOf(previous)).isEqualTo("default");
    assertThat(store.size()).isEqualTo(1);
    assertThat(store.keySet()).containsExactly("apps/web-1");
    assertThat(store.values().map(KubernetesDataplaneDirectory::meshOf)).containsExactly("other");

    assertThat(store.remove("apps/web-1").getMetadata().getResourceVersion()).isEqualTo("8");
    assertThat(store.remove("apps/web-1")).isNull();
    assertThat(store.get("apps/web-1")).isNull();
    assertThat(store.size()).isZero();
  }
}
