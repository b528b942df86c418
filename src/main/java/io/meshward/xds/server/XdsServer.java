package io.meshward.xds.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.envoyproxy.controlplane.cache.v3.SimpleCache;
import io.envoyproxy.controlplane.cache.v3.Snapshot;
import io.envoyproxy.controlplane.server.V3DiscoveryServer;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.meshward.admission.AdmissionRequestView;
import io.meshward.config.MeshwardConfig;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import io.meshward.engine.Verdict;
import io.meshward.policy.PolicyRoles;
import io.meshward.xds.ApiServerBypass;
import io.meshward.xds.PassthroughOptions;
import io.meshward.xds.PolicySelection;
import io.meshward.xds.ProxyIdentity;
import io.meshward.xds.ProxyRenderer;
import io.meshward.xds.XdsStore;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * {@code XdsServer} serves the rendered config over ADS (java-control-plane's {@code
 * V3DiscoveryServer} and {@code SimpleCache}, on grpc-netty at {@code meshward.xds.port}, with the
 * event loops and Netty of Vert.x, so ADS adds no threads or copy of Netty of its own). It keeps
 * the {@link XdsStore} of accepted objects, re-renders a mesh's proxies when it changes (on the
 * refresh thread of {@link Snapshots}, never on the thread of the admission that changed it) and
 * publishes a snapshot only when a proxy's resources changed.
 */
@ApplicationScoped
public class XdsServer {

  private static final Logger LOG = Logger.getLogger(XdsServer.class);

  private final XdsStore store = new XdsStore();
  private final SimpleCache<String> cache = new SimpleCache<>(node -> node.getId());
  private final Snapshots snapshots;
  private final ProxyRenderer renderer;
  private final PolicySelection selection;
  private final PassthroughOptions options;
  private final int port;
  private Server server;
  private volatile Consumer<KumaResource> admitted = r -> {};

  /** The server for {@code config}. */
  public XdsServer(MeshwardConfig config) {
    this.options = PassthroughOptionsFromConfig.of(config.xds().passthrough());
    this.selection = new PolicySelection(new PolicyRoles(config.kuma().systemNamespaces()));
    this.renderer =
        new ProxyRenderer(
            options,
            selection,
            config
                .xds()
                .kubeApiServer()
                .map(ApiServerBypass::parse)
                .or(() -> ApiServerBypass.fromEnvironment(System.getenv())));
    this.snapshots = new Snapshots(cache, renderer, store);
    this.port = config.xds().port();
    store.onChange(snapshots::request);
  }

  void start(@Observes StartupEvent event, Vertx vertx) {
    V3DiscoveryServer discovery =
        new V3DiscoveryServer(List.of(new NodeCallbacks(store, snapshots)), cache);
    NettyServerBuilder builder = NettyServerBuilder.forPort(port);
    if (!vertx.isNativeTransportEnabled()) {
      builder
          .channelType(NioServerSocketChannel.class)
          .bossEventLoopGroup(vertx.nettyEventLoopGroup())
          .workerEventLoopGroup(vertx.nettyEventLoopGroup());
    }
    try {
      server =
          builder
              .addService(discovery.getAggregatedDiscoveryServiceImpl())
              .addService(discovery.getClusterDiscoveryServiceImpl())
              .addService(discovery.getListenerDiscoveryServiceImpl())
              .build()
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the ADS server on port " + port, e);
    }
    LOG.infof("ADS server listening on port %d", server.getPort());
  }

  void stop(@Observes ShutdownEvent event) {
    if (server != null) {
      server.shutdownNow();
    }
    snapshots.close();
  }

  /** The port the ADS server listens on (the actual one when configured as 0). */
  public int port() {
    return server == null ? port : server.getPort();
  }

  /**
   * Forwards an answered admission: only an allowed, non-dry-run CREATE/UPDATE/DELETE changes what
   * is served.
   */
  public void accepted(AdmissionRequestView request, Verdict verdict) {
    if (verdict.allowed() && !request.dryRun()) {
      if (store.accept(request.operation(), request.object(), request.oldObject())) {
        JsonNode subject =
            request.operation() == Operation.DELETE ? request.oldObject() : request.object();
        admitted.accept(KumaResource.of(subject));
      }
    }
  }

  /** Sets who is told of every object that changed the store through admission. */
  public void onAdmitted(Consumer<KumaResource> listener) {
    this.admitted = listener;
  }

  /** The store of accepted objects. */
  public XdsStore store() {
    return store;
  }

  /** The snapshots served. */
  public Snapshots snapshots() {
    return snapshots;
  }

  /** The renderer in use. */
  public ProxyRenderer renderer() {
    return renderer;
  }

  /** How policies are selected and ordered for a proxy. */
  public PolicySelection selection() {
    return selection;
  }

  /** The passthrough values in force. */
  public PassthroughOptions options() {
    return options;
  }

  /** The snapshot of a node, or null. */
  public Snapshot snapshot(ProxyIdentity proxy) {
    snapshots.awaitRequested();
    return cache.getSnapshot(proxy.nodeId());
  }
}
