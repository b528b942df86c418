package io.meshward.xds;

import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.listener.v3.Listener;

/** {@code XdsTypes} holds the type URLs and origins the generator uses. */
public final class XdsTypes {

  /** Type URL of {@code envoy.config.cluster.v3.Cluster}. */
  public static final String CLUSTER =
      XdsResource.TYPE_URL_PREFIX + Cluster.getDescriptor().getFullName();

  /** Type URL of {@code envoy.config.listener.v3.Listener}. */
  public static final String LISTENER =
      XdsResource.TYPE_URL_PREFIX + Listener.getDescriptor().getFullName();

  /** Origin of the transparent-proxy resources. */
  public static final String ORIGIN_TRANSPARENT = "transparent";

  /** Origin of the resources MeshPassthrough {@code Matched} adds. */
  public static final String ORIGIN_MESH_PASSTHROUGH = "meshpassthrough";

  /** Origin Kuma gives clusters added by a MeshProxyPatch. */
  public static final String ORIGIN_PROXY_TEMPLATE = "proxy-template-modifications";

  /** Origin Kuma gives listeners added by a MeshProxyPatch. */
  public static final String ORIGIN_MESH_PROXY_PATCH = "mesh-proxy-patch";

  /** Name of the HTTP connection manager network filter. */
  public static final String HCM_FILTER = "envoy.filters.network.http_connection_manager";

  private XdsTypes() {}
}
