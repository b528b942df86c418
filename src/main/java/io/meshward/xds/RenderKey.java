package io.meshward.xds;

import io.meshward.core.KumaResource;
import java.util.List;
import java.util.Set;

/**
 * {@code RenderKey} is what a proxy's render depends on: proxies with equal keys get equal
 * resources, so a mesh's proxies need one render per key.
 *
 * <p>The Mesh and the policies compare by identity, not by content: the store replaces an object on
 * every update, so an unchanged object is the same instance, and comparing identities keeps the key
 * cheap to hash for every proxy of a large mesh. Two keys built from different but equal copies of
 * an object are different keys; they only cost a render, never a wrong result.
 *
 * @param mesh the Mesh object, or null
 * @param ipv6 dual stack
 * @param unifiedNaming unified resource names
 * @param redirect where the transparent proxy redirects traffic
 * @param features the features the proxy's kuma-dp advertises
 * @param strictInboundPorts the ports its inbound passthrough is restricted to under {@code STRICT}
 *     mTLS ({@link TransparentProxyGenerator#strictInboundPorts})
 * @param passthroughs the MeshPassthroughs selecting the proxy, in application order
 * @param patches the MeshProxyPatches selecting the proxy, in application order
 */
public record RenderKey(
    KumaResource mesh,
    boolean ipv6,
    boolean unifiedNaming,
    Redirect redirect,
    Set<String> features,
    List<Integer> strictInboundPorts,
    List<KumaResource> passthroughs,
    List<KumaResource> patches) {

  /** Copies the lists and the features. */
  public RenderKey {
    features = Set.copyOf(features);
    strictInboundPorts = List.copyOf(strictInboundPorts);
    passthroughs = List.copyOf(passthroughs);
    patches = List.copyOf(patches);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderKey k
        && mesh == k.mesh
        && ipv6 == k.ipv6
        && unifiedNaming == k.unifiedNaming
        && redirect.equals(k.redirect)
        && features.equals(k.features)
        && strictInboundPorts.equals(k.strictInboundPorts)
        && sameInstances(passthroughs, k.passthroughs)
        && sameInstances(patches, k.patches);
  }

  @Override
  public int hashCode() {
    int h = System.identityHashCode(mesh);
    h = 31 * h + (ipv6 ? 1 : 0);
    h = 31 * h + (unifiedNaming ? 1 : 0);
    h = 31 * h + redirect.hashCode();
    h = 31 * h + features.hashCode();
    h = 31 * h + strictInboundPorts.hashCode();
    h = 31 * h + identityHash(passthroughs);
    return 31 * h + identityHash(patches);
  }

  /** Whether {@code a} and {@code b} hold the same instances in the same order. */
  static boolean sameInstances(List<KumaResource> a, List<KumaResource> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** A hash of the instances {@code list} holds, consistent with {@link #sameInstances}. */
  static int identityHash(List<KumaResource> list) {
    int h = 1;
    for (KumaResource r : list) {
      h = 31 * h + System.identityHashCode(r);
    }
    return h;
  }
}
