package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code DataplaneProxies} turns a Kuma Dataplane (Kubernetes or Universal form) into the proxy the
 * xDS generator renders for: its mesh (top-level {@code mesh}, else the mesh label, else {@code
 * default}), name and namespace, its labels plus the tags of its inbounds (what {@code MeshSubset}
 * and {@code Dataplane} targetRefs select; the first value of a tag wins), and dual stack when
 * {@code networking.transparentProxying.ipFamilyMode} is {@code DualStack}.
 */
public final class DataplaneProxies {

  private DataplaneProxies() {}

  /** The proxy of the Dataplane {@code dataplane}. */
  public static ProxyIdentity of(JsonNode dataplane) {
    KumaResource r = KumaResource.of(dataplane);
    String mesh = dataplane.path("mesh").isTextual() ? dataplane.path("mesh").asText() : "";
    if (mesh.isEmpty()) {
      mesh = r.mesh();
    }
    Map<String, String> tags = new HashMap<>(r.labels());
    JsonNode networking =
        r.universal() ? dataplane.path("networking") : dataplane.path("spec").path("networking");
    for (JsonNode inbound : networking.path("inbound")) {
      inbound
          .path("tags")
          .fields()
          .forEachRemaining(e -> tags.putIfAbsent(e.getKey(), e.getValue().asText()));
    }
    boolean ipv6 =
        "DualStack".equals(networking.path("transparentProxying").path("ipFamilyMode").asText());
    return new ProxyIdentity(mesh, r.name(), r.namespace(), tags, ipv6, false);
  }
}
