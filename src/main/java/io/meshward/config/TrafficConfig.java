package io.meshward.config;

import io.meshward.engine.FailMode;
import io.meshward.guard.Enforcement;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code meshward.traffic.*}: the live-traffic guards. */
public interface TrafficConfig {

  /** The kind of traffic source. */
  enum SourceKind {
    /** The Prometheus HTTP API at {@code meshward.traffic.prometheus.url}. */
    PROMETHEUS,
    /** A stats snapshot file in Prometheus text exposition at {@code meshward.traffic.file}. */
    FILE,
    /** No source: guarded changes are allowed with a "not verified" warning. */
    NONE
  }

  /** Where traffic is asked: {@code prometheus}, {@code file} or {@code none}. */
  @WithDefault("none")
  SourceKind source();

  /** The stats snapshot (Prometheus text exposition) read when the source is {@code file}. */
  Optional<Path> file();

  /** Look-back window of rates (PromQL range), e.g. {@code 5m}. */
  @WithDefault("5m")
  Duration window();

  /** Time allowed for the traffic questions of one admission request. */
  @WithDefault("2s")
  Duration budget();

  /** How long an answer is reused for identical questions. */
  @WithDefault("10s")
  Duration cacheTtl();

  /**
   * What to answer when the configured source cannot answer within the budget: {@code closed}
   * refuses the change saying why and how to override, {@code open} allows it with a warning.
   */
  @WithDefault("closed")
  FailMode failMode();

  /** The Prometheus source. */
  Prometheus prometheus();

  /** Enforcement and threshold of each guard. */
  Guards guards();

  /** {@code meshward.traffic.prometheus.*}. */
  interface Prometheus {

    /** Base URL of the Prometheus HTTP API, e.g. {@code http://prometheus.monitoring:9090}. */
    Optional<URI> url();

    /** The metric label holding the mesh name. */
    @WithDefault("mesh")
    String meshLabel();

    /** The metric label naming the proxy; answers name the top proxies by it. */
    @WithDefault("dataplane")
    String dataplaneLabel();

    /** PromQL templates replacing the defaults ({@code io.meshward.guard.PrometheusQueries}). */
    Queries queries();
  }

  /**
   * {@code meshward.traffic.prometheus.queries.*}: templates with {@code {selector}}, {@code
   * {window}}, {@code {mesh}} and {@code {dataplane}}, giving one sample per proxy.
   */
  interface Queries {

    /** Outbound passthrough traffic (default: rate of new passthrough connections). */
    Optional<String> passthrough();

    /** Plaintext inbound traffic (default: rate of {@code tls_inspector.tls_not_found}). */
    Optional<String> plaintextInbound();

    /** Inbound traffic (default: rate of new connections to the inbound clusters). */
    Optional<String> inbound();

    /**
     * Inbound passthrough traffic, to ports no inbound declares (default: rate of new connections
     * to the inbound passthrough clusters).
     */
    Optional<String> inboundPassthrough();
  }

  /** {@code meshward.traffic.guards.*}. */
  interface Guards {

    /** Mesh {@code networking.outbound.passthrough} turned off. */
    Guard passthroughOff();

    /** Mesh mTLS switched to STRICT. */
    Guard strictMtls();

    /** MeshProxyPatch removing the outbound passthrough cluster, listener or tcp_proxy. */
    Guard proxyPatch();

    /** MeshPassthrough with {@code passthroughMode} None or Matched. */
    Guard meshPassthrough();
  }

  /** One guard's setting. */
  interface Guard {

    /** {@code deny} (refuse), {@code warn} (allow with a warning) or {@code off} (do not ask). */
    @WithDefault("deny")
    Enforcement enforcement();

    /** Traffic above this value is live; {@code 0} means any traffic. */
    @WithDefault("0")
    double threshold();
  }
}
