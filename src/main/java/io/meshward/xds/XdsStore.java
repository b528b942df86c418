package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@code XdsStore} holds the accepted configuration the generator reads: Meshes, MeshProxyPatches,
 * MeshPassthroughs and the proxies (Dataplanes or connected nodes) to render for. Every change
 * tells the listener which mesh changed. Thread-safe: a proxy and its node's features are stored
 * together, so a Dataplane update racing a node's request keeps neither from the other.
 */
public final class XdsStore implements RenderInputs {

  private final Map<String, KumaResource> meshes = new ConcurrentHashMap<>();
  private final Map<String, KumaResource> patches = new ConcurrentHashMap<>();
  private final Map<String, KumaResource> passthroughs = new ConcurrentHashMap<>();
  private final Map<String, ProxyIdentity> proxies = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> nodeFeatures = new ConcurrentHashMap<>();
  private final AtomicLong version = new AtomicLong();
  private volatile Consumer<String> listener = mesh -> {};

  /** Sets who is told (with the mesh name) when something changed. */
  public void onChange(Consumer<String> listener) {
    this.listener = listener;
  }

  /**
   * Records an accepted admission: CREATE/UPDATE store {@code object}, DELETE removes {@code
   * oldObject}. Kinds other than Mesh, MeshProxyPatch and MeshPassthrough are ignored, and so is an
   * object equal to the one stored under its name (a dry run's twin, a re-apply).
   *
   * @return whether the store changed
   */
  public boolean accept(Operation operation, JsonNode object, JsonNode oldObject) {
    JsonNode subject = operation == Operation.DELETE ? oldObject : object;
    if (subject == null || !subject.isObject()) {
      return false;
    }
    KumaResource r = KumaResource.of(subject);
    Map<String, KumaResource> target =
        switch (r.kind()) {
          case "Mesh" -> meshes;
          case "MeshProxyPatch" -> patches;
          case "MeshPassthrough" -> passthroughs;
          default -> null;
        };
    if (target == null || operation == Operation.CONNECT) {
      return false;
    }
    String key =
        r.kind().equals("Mesh") ? r.name() : r.mesh() + "/" + r.namespace() + "/" + r.name();
    String mesh = r.kind().equals("Mesh") ? r.name() : r.mesh();
    if (operation == Operation.DELETE) {
      target.remove(key);
    } else {
      KumaResource stored = target.get(key);
      if (stored != null && stored.raw().equals(r.raw())) {
        return false; // the stored instance stays: renders keyed by it stay valid
      }
      target.put(key, r);
    }
    changed(mesh);
    return true;
  }

  private void changed(String mesh) {
    version.incrementAndGet();
    listener.accept(mesh);
  }

  /** Counts every change of the stored objects and proxies. */
  @Override
  public long version() {
    return version.get();
  }

  /**
   * Adds or replaces a proxy to render for (by node id), with the features its node advertised
   * ({@link #putFeatures}) when it did.
   */
  public void putProxy(ProxyIdentity proxy) {
    store(proxy, false);
  }

  /**
   * Adds {@code proxy} unless a proxy with its node id is known (a node that connects before or
   * without its Dataplane); the known one, from its Dataplane, stays.
   */
  public void putProxyIfAbsent(ProxyIdentity proxy) {
    store(proxy, true);
  }

  private void store(ProxyIdentity proxy, boolean onlyIfAbsent) {
    ProxyIdentity stored;
    ProxyIdentity old;
    synchronized (proxies) {
      if (onlyIfAbsent && proxies.containsKey(proxy.nodeId())) {
        return;
      }
      Set<String> features = nodeFeatures.get(proxy.nodeId());
      stored = features == null ? proxy : proxy.withFeatures(features);
      old = proxies.put(stored.nodeId(), stored);
    }
    if (!stored.equals(old)) {
      changed(stored.mesh());
    }
  }

  /**
   * Records the features the kuma-dp of node {@code nodeId} advertises (its node metadata): a
   * Dataplane read from the API server carries none, so they are kept apart and applied to the
   * node's proxy whenever it is stored.
   */
  public void putFeatures(String nodeId, Set<String> features) {
    Set<String> copy = Set.copyOf(features);
    ProxyIdentity stored;
    ProxyIdentity old;
    synchronized (proxies) {
      if (copy.equals(nodeFeatures.put(nodeId, copy))) {
        return;
      }
      old = proxies.get(nodeId);
      if (old == null) {
        return;
      }
      stored = old.withFeatures(copy);
      proxies.put(nodeId, stored);
    }
    if (!stored.equals(old)) {
      changed(stored.mesh());
    }
  }

  /** Forgets the proxy with this node id (its Dataplane was deleted). */
  public void removeProxy(String nodeId) {
    ProxyIdentity old;
    synchronized (proxies) {
      old = proxies.remove(nodeId);
    }
    if (old != null) {
      changed(old.mesh());
    }
  }

  /** The stored object of {@code kind} (Mesh, MeshProxyPatch, MeshPassthrough), or null. */
  public KumaResource find(String kind, String namespace, String name) {
    Map<String, KumaResource> target =
        switch (kind) {
          case "Mesh" -> meshes;
          case "MeshProxyPatch" -> patches;
          case "MeshPassthrough" -> passthroughs;
          default -> Map.of();
        };
    return target.values().stream()
        .filter(r -> r.name().equals(name) && r.namespace().equals(namespace))
        .findFirst()
        .orElse(null);
  }

  /** The proxy with this node id, if known. */
  public ProxyIdentity proxy(String nodeId) {
    return proxies.get(nodeId);
  }

  /** The known proxies of {@code mesh}. */
  @Override
  public List<ProxyIdentity> proxies(String mesh) {
    return proxies.values().stream().filter(p -> p.mesh().equals(mesh)).toList();
  }

  /** Names of every mesh with a Mesh object, a policy or a proxy. */
  public Set<String> meshNames() {
    Set<String> out = new TreeSet<>(meshes.keySet());
    patches.values().forEach(p -> out.add(p.mesh()));
    passthroughs.values().forEach(p -> out.add(p.mesh()));
    proxies.values().forEach(p -> out.add(p.mesh()));
    return out;
  }

  /** What a render of {@code mesh} reads. */
  @Override
  public MeshInputs inputs(String mesh) {
    return new MeshInputs(
        meshes.get(mesh), ofMesh(patches.values(), mesh), ofMesh(passthroughs.values(), mesh));
  }

  private static List<KumaResource> ofMesh(Collection<KumaResource> all, String mesh) {
    Map<String, KumaResource> sorted = new TreeMap<>();
    all.stream().filter(r -> r.mesh().equals(mesh)).forEach(r -> sorted.put(r.ref(), r));
    return new ArrayList<>(sorted.values());
  }
}
