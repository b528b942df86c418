package io.meshward.xds;

import com.google.protobuf.BoolValue;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.core.v3.TrafficDirection;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ApiServerBypass} is Kuma's Kubernetes API-server bypass ({@code
 * pkg/plugins/bootstrap/k8s/xds/hooks}): on Kubernetes, when a Mesh turns {@code passthrough} off,
 * every proxy gets a listener on the API server's address that is not bound ({@code bindToPort:
 * false}, reached through the outbound redirection) and an ORIGINAL_DST cluster, both of origin
 * {@code apiServerBypass}, so that workloads keep reaching the API server. Kuma adds them after its
 * policy plugins, so no MeshProxyPatch sees or patches them.
 *
 * @param address the API server's address ({@code KUBERNETES_SERVICE_HOST} on a cluster)
 * @param port its port ({@code KUBERNETES_SERVICE_PORT})
 */
public record ApiServerBypass(String address, int port) {

  /** The origin of the bypass resources. */
  public static final String ORIGIN = "apiServerBypass";

  /** Their legacy name. */
  public static final String LEGACY_NAME = "plugins:bootstrap:k8s:hooks:apiServerBypass";

  /** Their name with unified naming. */
  public static final String UNIFIED_NAME = "system_kube_api_server_bypass";

  /**
   * The bypass of the API server {@code hostPort} ({@code host:port}, an IPv6 host in brackets).
   *
   * @throws IllegalArgumentException when it is not {@code host:port} with a port in 1..65535
   */
  public static ApiServerBypass parse(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    String host = colon > 0 ? hostPort.substring(0, colon) : "";
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = -1;
    try {
      port = Integer.parseInt(hostPort.substring(colon + 1));
    } catch (NumberFormatException e) {
      // reported below
    }
    if (host.isEmpty() || port < 1 || port > 65535) {
      throw new IllegalArgumentException(
          "invalid API server address \"" + hostPort + "\" (want host:port)");
    }
    return new ApiServerBypass(host, port);
  }

  /**
   * The API server a pod reaches, from the {@code KUBERNETES_SERVICE_HOST} and {@code
   * KUBERNETES_SERVICE_PORT} of {@code environment} as Kuma reads them; empty outside Kubernetes.
   */
  public static Optional<ApiServerBypass> fromEnvironment(Map<String, String> environment) {
    String host = environment.get("KUBERNETES_SERVICE_HOST");
    String port = environment.get("KUBERNETES_SERVICE_PORT");
    if (host == null || host.isBlank() || port == null) {
      return Optional.empty();
    }
    return Optional.of(parse((host.contains(":") ? "[" + host + "]" : host) + ":" + port));
  }

  /** The listener and cluster of {@code proxy}, the cluster with {@code connectTimeout}. */
  public List<XdsResource> resources(ProxyIdentity proxy, Duration connectTimeout) {
    boolean unified = proxy.unifiedNaming();
    String name = unified ? UNIFIED_NAME : LEGACY_NAME;
    Listener listener =
        Listener.newBuilder()
            .setName(name)
            .setAddress(PassthroughParts.address(address, port))
            .setBindToPort(BoolValue.of(false))
            .setTrafficDirection(TrafficDirection.OUTBOUND)
            .setUseOriginalDst(BoolValue.of(true))
            .addFilterChains(PassthroughParts.chain(PassthroughParts.tcpProxy(name, name)))
            .build();
    Cluster cluster = PassthroughParts.originalDstCluster(name, !unified, connectTimeout).build();
    return List.of(new XdsResource(name, ORIGIN, listener), new XdsResource(name, ORIGIN, cluster));
  }
}
