package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code DataplaneProxies} turns a Kuma Dataplane (Kubernetes or Universal form) into the proxy the
 * xDS generator renders for: its mesh (top-level {@code mesh}, else the mesh label, else {@code
 * default}), name and namespace, its labels (what a {@code Dataplane} targetRef's labels select)
 * and the port and tags of each inbound (what {@code MeshSubset} and {@code MeshService} select;
 * the ports are what strict inbound ports let through), and dual stack when {@code
 * networking.transparentProxying.ipFamilyMode} is {@code DualStack}, and the ports its transparent
 * proxy redirects to (none without {@code transparentProxying}).
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
    JsonNode networking =
        r.universal() ? dataplane.path("networking") : dataplane.path("spec").path("networking");
    List<ProxyIdentity.Inbound> inbounds = new ArrayList<>();
    for (JsonNode inbound : networking.path("inbound")) {
      Map<String, String> tags = new HashMap<>();
      inbound
          .path("tags")
          .fields()
          .forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
      inbounds.add(new ProxyIdentity.Inbound(inbound.path("port").asInt(0), tags));
    }
    JsonNode tproxy = networking.path("transparentProxying");
    boolean ipv6 = "DualStack".equals(tproxy.path("ipFamilyMode").asText());
    Redirect redirect =
        new Redirect(
            tproxy.path("redirectPortOutbound").asInt(0),
            tproxy.path("redirectPortInbound").asInt(0));
    return new ProxyIdentity(
        mesh, r.name(), r.namespace(), r.labels(), inbounds, ipv6, false, redirect, Set.of());
  }
}
