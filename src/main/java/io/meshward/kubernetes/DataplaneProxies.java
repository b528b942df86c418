package io.meshward.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;
import io.meshward.xds.ProxyIdentity;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code DataplaneProxies} turns a Kubernetes Dataplane into the proxy the xDS generator renders
 * for: its mesh (top-level {@code mesh}, else the mesh label, else {@code default}), name and
 * namespace, its labels plus the tags of its inbounds (what {@code MeshSubset} and {@code
 * Dataplane} targetRefs select), and dual stack when {@code
 * spec.networking.transparentProxying.ipFamilyMode} is {@code DualStack}.
 */
final class DataplaneProxies {

  private DataplaneProxies() {}

  static ProxyIdentity of(JsonNode dataplane) {
    KumaResource r = KumaResource.of(dataplane);
    String mesh = dataplane.path("mesh").asText("");
    if (mesh.isEmpty()) {
      mesh = r.mesh();
    }
    Map<String, String> tags = new HashMap<>(r.labels());
    JsonNode networking = dataplane.path("spec").path("networking");
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
