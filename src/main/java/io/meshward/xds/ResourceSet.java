package io.meshward.xds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ResourceSet} is a proxy's Envoy resources keyed by type URL and name, like Kuma's {@code
 * core_xds.ResourceSet}: adding a resource under an existing key replaces it. Not thread-safe; each
 * render works on its own set.
 */
public final class ResourceSet {

  private record Key(String typeUrl, String name) {}

  /** The order of {@link #sorted()}: type URL, then name. */
  static final Comparator<XdsResource> ORDER =
      Comparator.comparing(XdsResource::typeUrl).thenComparing(XdsResource::name);

  private final Map<Key, XdsResource> resources = new LinkedHashMap<>();

  /** Adds {@code resource}, replacing one of the same type and name. */
  public ResourceSet add(XdsResource resource) {
    resources.put(new Key(resource.typeUrl(), resource.name()), resource);
    return this;
  }

  /** Removes the resource of this type and name, if present. */
  public void remove(String typeUrl, String name) {
    resources.remove(new Key(typeUrl, name));
  }

  /** The resource of this type and name. */
  public Optional<XdsResource> get(String typeUrl, String name) {
    return Optional.ofNullable(resources.get(new Key(typeUrl, name)));
  }

  /** The resources of one type, in insertion order (a snapshot; safe to modify the set after). */
  public List<XdsResource> ofType(String typeUrl) {
    return resources.values().stream().filter(r -> r.typeUrl().equals(typeUrl)).toList();
  }

  /** Every resource, in insertion order (a view: do not modify the set while iterating). */
  Iterable<XdsResource> all() {
    return resources.values();
  }

  /** Every resource sorted by type URL, then name (the order of every output). */
  public List<XdsResource> sorted() {
    List<XdsResource> out = new ArrayList<>(resources.values());
    out.sort(ORDER);
    return out;
  }

  /** The number of resources. */
  public int size() {
    return resources.size();
  }

  /** A copy (messages are immutable, so a shallow copy is independent). */
  public ResourceSet copy() {
    ResourceSet copy = new ResourceSet();
    copy.resources.putAll(resources);
    return copy;
  }
}
