package io.meshward.xds;

import java.util.List;
import java.util.Map;

/**
 * {@code ProxyIdentity} is the data plane proxy a config is rendered for.
 *
 * @param mesh the mesh it belongs to
 * @param name the Dataplane name
 * @param namespace the Dataplane namespace; empty on Universal
 * @param labels the Dataplane's labels (what a {@code Dataplane} targetRef's {@code labels} select)
 * @param inbounds the tags of each inbound (what {@code MeshSubset}, {@code MeshService} and {@code
 *     MeshServiceSubset} select: a proxy is selected when one of its inbounds is)
 * @param ipv6 whether the transparent proxy also redirects IPv6 (dual stack)
 * @param unifiedNaming whether Kuma's unified resource naming is on (data plane feature and Mesh
 *     {@code meshServices.mode: Exclusive})
 * @param redirect where its transparent proxy redirects traffic ({@link Redirect#NONE}: none)
 */
public record ProxyIdentity(
    String mesh,
    String name,
    String namespace,
    Map<String, String> labels,
    List<Map<String, String>> inbounds,
    boolean ipv6,
    boolean unifiedNaming,
    Redirect redirect) {

  /** Copies the labels and tags (unmodifiable; a map's order plays no part). */
  public ProxyIdentity {
    labels = Map.copyOf(labels);
    inbounds = inbounds.stream().map(Map::copyOf).toList();
  }

  /**
   * A proxy whose labels and single inbound both carry {@code tags} (a proxy known only by one set
   * of tags, e.g. from its xDS node metadata), redirected to Kuma's default ports.
   */
  public ProxyIdentity(
      String mesh,
      String name,
      String namespace,
      Map<String, String> tags,
      boolean ipv6,
      boolean unifiedNaming) {
    this(mesh, name, namespace, tags, List.of(tags), ipv6, unifiedNaming, Redirect.DEFAULT);
  }

  /** A proxy of {@code mesh} with no tags, IPv4 only, legacy names. */
  public static ProxyIdentity of(String mesh, String name, String namespace) {
    return new ProxyIdentity(mesh, name, namespace, Map.of(), false, false);
  }

  /** The xDS node id: {@code <dataplane>.<namespace>}, or the name alone without a namespace. */
  public String nodeId() {
    return namespace.isEmpty() ? name : name + "." + namespace;
  }

  /** The same proxy with IPv6 and unified naming set as given. */
  public ProxyIdentity withFlags(boolean ipv6, boolean unifiedNaming) {
    return new ProxyIdentity(
        mesh, name, namespace, labels, inbounds, ipv6, unifiedNaming, redirect);
  }
}
