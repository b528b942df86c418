package io.meshward.xds;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ProxyIdentity} is the data plane proxy a config is rendered for.
 *
 * @param mesh the mesh it belongs to
 * @param name the Dataplane name
 * @param namespace the Dataplane namespace; empty on Universal
 * @param tags the Dataplane tags / labels (what {@code MeshSubset} and Dataplane {@code labels}
 *     target)
 * @param ipv6 whether the transparent proxy also redirects IPv6 (dual stack)
 * @param unifiedNaming whether Kuma's unified resource naming is on (data plane feature and Mesh
 *     {@code meshServices.mode: Exclusive})
 */
public record ProxyIdentity(
    String mesh,
    String name,
    String namespace,
    Map<String, String> tags,
    boolean ipv6,
    boolean unifiedNaming) {

  /** Copies the tags, sorted. */
  public ProxyIdentity {
    tags = Map.copyOf(new TreeMap<>(tags));
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
    return new ProxyIdentity(mesh, name, namespace, tags, ipv6, unifiedNaming);
  }
}
