package io.meshward.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import io.meshward.xds.DataplaneProxies;
import io.meshward.xds.XdsStore;

/**
 * {@code StoreUpdater} copies what an informer sees into the xDS store: Meshes, MeshProxyPatches
 * and MeshPassthroughs as objects, Dataplanes as the proxies to render for.
 */
final class StoreUpdater implements ResourceEventHandler<GenericKubernetesResource> {

  private final XdsStore store;

  StoreUpdater(XdsStore store) {
    this.store = store;
  }

  static JsonNode json(GenericKubernetesResource resource) {
    return Json.MAPPER.valueToTree(resource);
  }

  @Override
  public void onAdd(GenericKubernetesResource obj) {
    put(json(obj));
  }

  @Override
  public void onUpdate(GenericKubernetesResource oldObj, GenericKubernetesResource newObj) {
    JsonNode before = json(oldObj);
    JsonNode after = json(newObj);
    if (!KumaResource.of(before).mesh().equals(KumaResource.of(after).mesh())
        || !mesh(before).equals(mesh(after))) {
      remove(before);
    }
    put(after);
  }

  @Override
  public void onDelete(GenericKubernetesResource obj, boolean finalStateUnknown) {
    remove(json(obj));
  }

  /** Stores {@code object} as the API server holds it. */
  void put(JsonNode object) {
    if ("Dataplane".equals(object.path("kind").asText())) {
      store.putProxy(DataplaneProxies.of(object));
    } else {
      store.accept(Operation.UPDATE, object, null);
    }
  }

  /** Forgets {@code object}. */
  void remove(JsonNode object) {
    if ("Dataplane".equals(object.path("kind").asText())) {
      store.removeProxy(DataplaneProxies.of(object).nodeId());
    } else {
      store.accept(Operation.DELETE, null, object);
    }
  }

  private static String mesh(JsonNode object) {
    return object.path("mesh").asText("");
  }
}
