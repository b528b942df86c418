package io.meshward.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaKind;
import io.meshward.core.KumaResource;
import io.meshward.xds.DataplaneProxies;
import io.meshward.xds.ProxyIdentity;
import java.util.Optional;

/**
 * {@code DataplaneDoc} is a Kuma Dataplane of the input (Kubernetes or Universal form), as the
 * proxy {@code --xds} renders ({@link DataplaneProxies}, as the server's store does).
 *
 * @param ref {@code Dataplane/namespace/name} (or {@code Dataplane/name} without namespace)
 * @param proxy the proxy
 */
record DataplaneDoc(String ref, ProxyIdentity proxy) {

  /** The Dataplane {@code doc} holds, if it is one. */
  static Optional<DataplaneDoc> of(SourceDocument doc) {
    JsonNode tree = doc.tree();
    if (!tree.isObject()) {
      return Optional.empty();
    }
    KumaResource r = KumaResource.of(tree);
    boolean kuma = r.universal() || r.apiVersion().startsWith(KumaKind.GROUP + "/");
    if (!kuma || !"Dataplane".equals(r.kind())) {
      return Optional.empty();
    }
    String ns = r.namespace();
    String ref = "Dataplane/" + (ns.isEmpty() ? "" : ns + "/") + r.name();
    return Optional.of(new DataplaneDoc(ref, DataplaneProxies.of(tree)));
  }
}
