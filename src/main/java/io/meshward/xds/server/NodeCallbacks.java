package io.meshward.xds.server;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.envoyproxy.controlplane.server.DiscoveryServerCallbacks;
import io.envoyproxy.envoy.config.core.v3.Node;
import io.envoyproxy.envoy.service.discovery.v3.DeltaDiscoveryRequest;
import io.envoyproxy.envoy.service.discovery.v3.DiscoveryRequest;
import io.meshward.xds.ProxyIdentity;
import io.meshward.xds.XdsStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * {@code NodeCallbacks} registers every node that asks for config as a proxy to render for, when
 * its Dataplane is not known: node id {@code <dataplane>.<namespace>}, mesh and tags from node
 * metadata ({@code mesh}, {@code tags}; mesh {@code default} when absent). The kuma-dp features in
 * node metadata ({@code features}, a list of names as kuma-dp sends them) apply to the node's proxy
 * in either case. A node whose request changed the store gets its first answer only after the proxy
 * is rendered with what the request told (its features, its identity), never a config made without
 * them. NACKs are logged and counted; the node keeps the previous version.
 */
final class NodeCallbacks implements DiscoveryServerCallbacks {

  private static final Logger LOG = Logger.getLogger(NodeCallbacks.class);

  private final XdsStore store;
  private final Snapshots snapshots;
  private final java.util.concurrent.atomic.AtomicLong nacks =
      new java.util.concurrent.atomic.AtomicLong();

  NodeCallbacks(XdsStore store, Snapshots snapshots) {
    this.store = store;
    this.snapshots = snapshots;
  }

  @Override
  public void onV3StreamRequest(long streamId, DiscoveryRequest request) {
    if (request.hasNode()) {
      register(request.getNode());
    }
    if (request.hasErrorDetail()) {
      nacks.incrementAndGet();
      LOG.warnf(
          "node %s rejected %s version %s: %s",
          request.getNode().getId(),
          request.getTypeUrl(),
          request.getResponseNonce(),
          request.getErrorDetail().getMessage());
    }
  }

  @Override
  public void onV3StreamDeltaRequest(long streamId, DeltaDiscoveryRequest request) {
    if (request.hasNode()) {
      register(request.getNode());
    }
  }

  private void register(Node node) {
    long version = store.version();
    store(node);
    if (store.version() != version) {
      snapshots.awaitRequested(); // before java-control-plane answers from the snapshot
    }
  }

  private void store(Node node) {
    Value features = node.getMetadata().getFieldsMap().get("features");
    if (features != null && features.hasListValue()) {
      Set<String> names = new HashSet<>();
      features.getListValue().getValuesList().forEach(v -> names.add(v.getStringValue()));
      store.putFeatures(node.getId(), names);
    }
    if (store.proxy(node.getId()) == null) {
      store.putProxyIfAbsent(identity(node));
    }
  }

  static ProxyIdentity identity(Node node) {
    String id = node.getId();
    int dot = id.lastIndexOf('.');
    String name = dot > 0 ? id.substring(0, dot) : id;
    String namespace = dot > 0 ? id.substring(dot + 1) : "";
    Map<String, Value> meta = node.getMetadata().getFieldsMap();
    String mesh = meta.containsKey("mesh") ? meta.get("mesh").getStringValue() : "default";
    Map<String, String> tags = new HashMap<>();
    Struct tagStruct =
        meta.containsKey("tags") ? meta.get("tags").getStructValue() : Struct.getDefaultInstance();
    tagStruct.getFieldsMap().forEach((k, v) -> tags.put(k, v.getStringValue()));
    boolean ipv6 = meta.containsKey("ipv6") && meta.get("ipv6").getBoolValue();
    boolean unified = meta.containsKey("unifiedNaming") && meta.get("unifiedNaming").getBoolValue();
    return new ProxyIdentity(
        mesh.isEmpty() ? "default" : mesh, name, namespace, tags, ipv6, unified);
  }
}
