package io.meshward.config;

import io.meshward.guard.GuardId;
import io.meshward.guard.GuardPolicy;
import io.meshward.guard.PrometheusSettings;
import io.meshward.guard.TrafficGuards;
import io.meshward.guard.TrafficSignal;
import io.meshward.guard.TrafficSource;
import io.meshward.guard.TrafficSources;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** {@code TrafficGuardsFactory} turns {@code meshward.traffic.*} into {@link TrafficGuards}. */
final class TrafficGuardsFactory {

  private TrafficGuardsFactory() {}

  /** The guards {@code config} describes; throws when the chosen source lacks its setting. */
  static TrafficGuards create(TrafficConfig config, MeterRegistry registry) {
    Map<GuardId, GuardPolicy> policies = new EnumMap<>(GuardId.class);
    TrafficConfig.Guards guards = config.guards();
    policies.put(GuardId.PASSTHROUGH_OFF, policy(guards.passthroughOff()));
    policies.put(GuardId.STRICT_MTLS, policy(guards.strictMtls()));
    policies.put(GuardId.PROXY_PATCH, policy(guards.proxyPatch()));
    policies.put(GuardId.MESH_PASSTHROUGH, policy(guards.meshPassthrough()));
    TrafficSource source =
        new MeteredTrafficSource(
            source(config), config.source().name().toLowerCase(Locale.ROOT), registry);
    return new TrafficGuards(source, config.budget(), config.failMode(), policies);
  }

  private static TrafficSource source(TrafficConfig config) {
    return switch (config.source()) {
      case NONE -> TrafficSources.none();
      case FILE ->
          TrafficSources.file(
              config.file().orElseThrow(() -> missing("meshward.traffic.file", "file")),
              config.cacheTtl());
      case PROMETHEUS ->
          TrafficSources.prometheus(
              config
                  .prometheus()
                  .url()
                  .orElseThrow(() -> missing("meshward.traffic.prometheus.url", "prometheus")),
              settings(config),
              config.cacheTtl());
    };
  }

  private static PrometheusSettings settings(TrafficConfig config) {
    TrafficConfig.Prometheus prometheus = config.prometheus();
    Map<TrafficSignal, String> templates = new EnumMap<>(TrafficSignal.class);
    prometheus.queries().passthrough().ifPresent(q -> templates.put(TrafficSignal.PASSTHROUGH, q));
    prometheus
        .queries()
        .plaintextInbound()
        .ifPresent(q -> templates.put(TrafficSignal.PLAINTEXT_INBOUND, q));
    prometheus.queries().inbound().ifPresent(q -> templates.put(TrafficSignal.INBOUND, q));
    prometheus
        .queries()
        .inboundPassthrough()
        .ifPresent(q -> templates.put(TrafficSignal.INBOUND_PASSTHROUGH, q));
    return new PrometheusSettings(
        config.window(),
        config.budget(),
        prometheus.meshLabel(),
        prometheus.dataplaneLabel(),
        templates);
  }

  private static GuardPolicy policy(TrafficConfig.Guard guard) {
    return new GuardPolicy(guard.enforcement(), guard.threshold());
  }

  private static IllegalStateException missing(String key, String source) {
    return new IllegalStateException(
        key + " must be set when meshward.traffic.source is " + source);
  }
}
