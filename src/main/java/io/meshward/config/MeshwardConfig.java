package io.meshward.config;

import io.meshward.engine.FailMode;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code MeshwardConfig} is the {@code meshward.*} configuration of the webhook. */
@ConfigMapping(prefix = "meshward")
public interface MeshwardConfig {

  /** Facts about the Kuma installation. */
  Kuma kuma();

  /** How the Kubernetes API is asked (Dataplanes of a Mesh being deleted). */
  Kubernetes kubernetes();

  /** The serving certificate. */
  Tls tls();

  /** {@code meshward.tls.*}. */
  interface Tls {

    /**
     * How often the certificate and key files are checked for a change (a renewed Secret); they are
     * reloaded only when their content changed.
     */
    @WithDefault("10s")
    Duration reloadPeriod();

    /**
     * Where {@code meshward serve} keeps the self-signed certificate it creates when no certificate
     * is configured ({@code quarkus.tls.key-store.pem.0.cert}); an existing one is reused.
     */
    @WithDefault(".meshward/tls")
    String dir();
  }

  /** How admission answers are enforced. */
  Admission admission();

  /** {@code meshward.admission.*}. */
  interface Admission {

    /**
     * {@code deny} enforces every denial; {@code warn} (for a first rollout) answers allowed and
     * returns each denial as a warning plus the audit annotation {@code
     * validate.meshward.io/would-deny}.
     */
    @WithDefault("deny")
    Enforcement enforcement();
  }

  /** What a render failure on a representative proxy does. */
  enum RepresentativeFailure {
    /** Allow with a warning. */
    WARN,
    /** Refuse. */
    DENY
  }

  /** What a denial does. */
  enum Enforcement {
    /** Refuse. */
    DENY,
    /** Allow, saying what would have been refused. */
    WARN
  }

  /** How MeshProxyPatch values are judged as Envoy resources. */
  Envoy envoy();

  /** Where the live-traffic guards ask whether traffic flows, and how strictly they refuse. */
  TrafficConfig traffic();

  /** The xDS server and the passthrough resources it serves. */
  Xds xds();

  /** {@code meshward.xds.*}. */
  interface Xds {

    /** Port of the ADS (gRPC) server; {@code 0} picks a free port. */
    @WithDefault("18000")
    int port();

    /** What the passthrough clusters and listeners are given. */
    Passthrough passthrough();

    /**
     * The Kubernetes API server ({@code host:port}) of Kuma's API-server bypass: when a Mesh turns
     * {@code passthrough} off, every proxy of it is served a listener and cluster that keep the API
     * server reachable, as Kuma's control plane on Kubernetes serves them. Unset: the {@code
     * KUBERNETES_SERVICE_HOST} and {@code KUBERNETES_SERVICE_PORT} of the pod, as Kuma reads them;
     * outside Kubernetes, no bypass.
     */
    Optional<String> kubeApiServer();

    /**
     * Whether {@code /validate} refuses a MeshProxyPatch whose modifications cannot be applied to
     * the proxies it targets (known Dataplanes of its mesh, else a representative proxy), or whose
     * result breaks Envoy's field constraints. Kuma admits such a patch and fails only when it
     * generates config; {@code false} gives Kuma's admission verdict.
     */
    @WithDefault("true")
    boolean renderCheck();

    /**
     * What the render check does when a patch targets no known proxy and fails on a representative
     * proxy of its mesh: {@code warn} (default; Kuma admits such a patch, so Kuma's verdict is
     * kept) or {@code deny}.
     */
    @WithDefault("warn")
    RepresentativeFailure renderCheckRepresentative();
  }

  /**
   * {@code meshward.xds.passthrough.*}. Unset circuit breaker and idle timeout values are not
   * written: Envoy's built-in values apply (1024 / 1024 / 1024 / 3, idle 1h), as in Kong Mesh.
   */
  interface Passthrough {

    /**
     * Connect timeout of the passthrough clusters. The default is the seed documentation's 10s;
     * Kuma 2.6 and later write 5s (set {@code 5s} to serve exactly what Kuma serves).
     */
    @WithDefault("10s")
    Duration connectTimeout();

    /** Explicit {@code max_connections} of the outbound passthrough clusters. */
    java.util.OptionalInt maxConnections();

    /** Explicit {@code max_pending_requests} of the outbound passthrough clusters. */
    java.util.OptionalInt maxPendingRequests();

    /** Explicit {@code max_requests} of the outbound passthrough clusters. */
    java.util.OptionalInt maxRequests();

    /** Explicit {@code max_retries} of the outbound passthrough clusters. */
    java.util.OptionalInt maxRetries();

    /** Explicit tcp_proxy {@code idle_timeout} of the outbound passthrough listeners. */
    java.util.Optional<Duration> idleTimeout();
  }

  /** Aids for the benchmarks under {@code bench/}; all off by default. */
  Bench bench();

  /** {@code meshward.bench.*}. */
  interface Bench {

    /**
     * Whether {@code POST /noop} answers: an admission webhook that reads the AdmissionReview and
     * allows it without judging anything, the ceiling of this stack that {@code
     * bench/webhook-throughput.sh} compares {@code /validate} with. Off (HTTP 404) unless set to
     * {@code true}.
     */
    @WithDefault("false")
    boolean noop();
  }

  /** {@code meshward.envoy.*}. */
  interface Envoy {

    /**
     * Whether Envoy's field constraints also apply inside {@code typedConfig} payloads of added
     * resources. Envoy enforces them when it loads the config; Kuma's admission does not, so the
     * default {@code false} gives Kuma's verdict and {@code true} also refuses what Envoy would
     * reject.
     */
    @WithDefault("false")
    boolean strictTypedConfig();
  }

  /** {@code meshward.kuma.*}. */
  interface Kuma {

    /**
     * Namespaces treated as Kuma's system namespace: policies there have the {@code system} role
     * unless labelled otherwise, and objects of the kinds Kuma keeps in its system namespace may be
     * created only there (the first one is named in that refusal). Kong Mesh installs into {@code
     * kong-mesh-system}, Kuma into {@code kuma-system}.
     */
    @WithDefault("kuma-system,kong-mesh-system")
    List<String> systemNamespaces();
  }

  /** {@code meshward.kubernetes.*}. */
  interface Kubernetes {

    /**
     * Time allowed to list the Dataplanes of a Mesh being deleted (when watching, they are counted
     * in the informers' cache once it is listed, without asking the API server).
     */
    @WithDefault("2s")
    Duration budget();

    /**
     * What to answer when the Dataplanes cannot be listed within the budget: {@code closed} refuses
     * the delete saying why, {@code open} allows it with a warning.
     */
    @WithDefault("closed")
    FailMode failMode();

    /**
     * Whether informers read Meshes, policies and Dataplanes from the API server into the xDS
     * generator (otherwise only objects admitted through {@code /validate} are known).
     */
    @WithDefault("false")
    boolean watch();

    /**
     * With {@code watch}, how long after admitting an object the generator takes the API server's
     * version of it instead (or forgets it when the API server did not store it, e.g. because
     * another webhook refused it).
     */
    @WithDefault("5s")
    Duration watchSettle();

    /**
     * With {@code watch}, how long readiness waits for the informers' first listing. A replica that
     * became ready before it knew the cluster's Dataplanes would check a MeshProxyPatch against the
     * representative proxy only; after this time it is ready anyway (the listing goes on in the
     * background), so an API server or CRD problem never keeps the webhook down.
     */
    @WithDefault("30s")
    Duration watchSyncTimeout();
  }
}
