package io.meshward.envoy;

/**
 * {@code EnvoyType} is the Envoy message a MeshProxyPatch modification's {@code value} must parse
 * as, per modification type.
 */
public enum EnvoyType {
  /** {@code cluster}: {@code envoy.config.cluster.v3.Cluster}. */
  CLUSTER("cluster", "type.googleapis.com/envoy.config.cluster.v3.Cluster"),
  /** {@code listener}: {@code envoy.config.listener.v3.Listener}. */
  LISTENER("listener", "type.googleapis.com/envoy.config.listener.v3.Listener"),
  /** {@code networkFilter}: {@code envoy.config.listener.v3.Filter}. */
  NETWORK_FILTER("networkFilter", "type.googleapis.com/envoy.config.listener.v3.Filter"),
  /** {@code httpFilter}: {@code ...http_connection_manager.v3.HttpFilter}. */
  HTTP_FILTER(
      "httpFilter",
      "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpFilter"),
  /** {@code virtualHost}: {@code envoy.config.route.v3.VirtualHost}. */
  VIRTUAL_HOST("virtualHost", "type.googleapis.com/envoy.config.route.v3.VirtualHost");

  private final String modificationName;
  private final String typeUrl;

  EnvoyType(String modificationName, String typeUrl) {
    this.modificationName = modificationName;
    this.typeUrl = typeUrl;
  }

  /** The modification key in a MeshProxyPatch, e.g. {@code networkFilter}. */
  public String modificationName() {
    return modificationName;
  }

  /** The type URL of the Envoy message. */
  public String typeUrl() {
    return typeUrl;
  }

  /** The type for a modification key, or {@code null}. */
  public static EnvoyType ofModification(String name) {
    for (EnvoyType t : values()) {
      if (t.modificationName.equals(name)) {
        return t;
      }
    }
    return null;
  }
}
