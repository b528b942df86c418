package io.meshward.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import io.meshward.core.KumaKind;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * {@code DataplaneItemStore} is the Dataplane informer's cache: of each Dataplane it keeps only
 * what the events after its first (an update's previous state, a delete) and the Mesh DELETE count
 * need, its key, resource version, mesh field and labels (its namespace and name are read back from
 * the key, its kind and API version are those of the informer). The proxy itself is kept by the xDS
 * store; the rest of the object (its spec, annotations, managed fields) would otherwise be held a
 * second time, for every Dataplane of the cluster.
 *
 * <p>fabric8's {@code ReducedStateItemStore} does the same for any field list by converting every
 * object to a map and back with Jackson, which a cold server pays for each Dataplane it lists.
 */
final class DataplaneItemStore implements ItemStore<GenericKubernetesResource> {

  private static final String KIND = KumaReads.kindOf("dataplanes");

  /** What is kept of one Dataplane. */
  private record Kept(String resourceVersion, Object mesh, Map<String, String> labels) {}

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  @Override
  public String getKey(GenericKubernetesResource dataplane) {
    return Cache.metaNamespaceKeyFunc(dataplane);
  }

  @Override
  public GenericKubernetesResource put(String key, GenericKubernetesResource dataplane) {
    ObjectMeta meta = dataplane.getMetadata();
    Map<String, String> labels = meta.getLabels();
    Kept reduced =
        new Kept(
            meta.getResourceVersion(),
            dataplane.getAdditionalProperties().get("mesh"),
            labels == null || labels.isEmpty() ? null : Map.copyOf(labels));
    return restore(key, kept.put(key, reduced));
  }

  @Override
  public GenericKubernetesResource remove(String key) {
    return restore(key, kept.remove(key));
  }

  @Override
  public Stream<String> keySet() {
    return kept.keySet().stream();
  }

  @Override
  public Stream<GenericKubernetesResource> values() {
    return kept.entrySet().stream().map(e -> restore(e.getKey(), e.getValue()));
  }

  @Override
  public int size() {
    return kept.size();
  }

  @Override
  public GenericKubernetesResource get(String key) {
    return restore(key, kept.get(key));
  }

  @Override
  public boolean isFullState() {
    return false;
  }

  /** The Dataplane {@code kept} under {@code key} ({@code namespace/name}), or null. */
  private static GenericKubernetesResource restore(String key, Kept kept) {
    if (kept == null) {
      return null;
    }
    ObjectMeta meta = new ObjectMeta();
    int slash = key.indexOf('/');
    meta.setNamespace(slash < 0 ? null : key.substring(0, slash));
    meta.setName(key.substring(slash + 1));
    meta.setResourceVersion(kept.resourceVersion());
    meta.setLabels(kept.labels());
    GenericKubernetesResource dataplane = new GenericKubernetesResource();
    dataplane.setApiVersion(KumaKind.API_VERSION);
    dataplane.setKind(KIND);
    dataplane.setMetadata(meta);
    if (kept.mesh() != null) {
      dataplane.setAdditionalProperty("mesh", kept.mesh());
    }
    return dataplane;
  }
}
